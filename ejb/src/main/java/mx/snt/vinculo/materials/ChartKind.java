package mx.snt.vinculo.materials;

/** How a statistical material's numbers are drawn: bars (categories) or a line (a series over time). */
public enum ChartKind {
    BAR, LINE
}
