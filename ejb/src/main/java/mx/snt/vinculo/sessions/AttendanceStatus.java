package mx.snt.vinculo.sessions;

/** How a member attended; the first two count for quorum and may vote. */
public enum AttendanceStatus {
    PRESENT, REMOTE, ABSENT, EXCUSED;

    public boolean present() {
        return this == PRESENT || this == REMOTE;
    }
}
