package mx.snt.vinculo.digests;

/** How often a member gets a digest. */
public enum Frequency {
    DAILY, WEEKLY, NONE
}
