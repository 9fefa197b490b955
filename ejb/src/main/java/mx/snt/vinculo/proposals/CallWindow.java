package mx.snt.vinculo.proposals;

import java.time.LocalDate;

/** The dates of a call: it is open from its opening day to its closing day inclusive, then closes by itself. */
public final class CallWindow {
    private CallWindow() {
    }

    public static boolean isOpen(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public static boolean isClosed(LocalDate closesOn, LocalDate today) {
        return today.isAfter(closesOn);
    }
}
