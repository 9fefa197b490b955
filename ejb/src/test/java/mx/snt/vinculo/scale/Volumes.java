package mx.snt.vinculo.scale;

/**
 * How much a scale means. Scale 1 is a plausible year of the whole network; scale 10 is the national volume
 * (5,000 people, 20,000 sessions with 200,000 agenda items, 50,000 agreements, 100,000 proposals, 20,000 library
 * entries). Small scales keep a floor so that every body still has its commissioners, a secretary and a legal
 * reviewer (36 bodies × 5 people) and every workspace a few sessions.
 */
record Volumes(double scale, int people, int sessions, int itemsPerSession, int agreements, int calls, int proposals,
               int libraryEntries) {

    static Volumes of(double scale) {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("La escala va de más de 0 a 100; se recibió " + scale);
        }
        // Sessions come in fives so that 8–12 items per session (10 on average) add up to exactly 10 per session.
        int sessions = Math.max(40, (int) Math.round(2_000 * scale / 5.0) * 5);
        return new Volumes(scale, Math.max(200, (int) Math.round(500 * scale)), sessions, 10,
                Math.max(40, (int) Math.round(5_000 * scale)), Math.max(6, (int) Math.round(60 * scale)),
                Math.max(60, (int) Math.round(10_000 * scale)), Math.max(30, (int) Math.round(2_000 * scale)));
    }

    int items() {
        return sessions * itemsPerSession;
    }
}
