package mx.snt.vinculo.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the directory seed ({@code kind,code,acronym,name,state}, RFC 4180 quoting) into
 * entries. Kinds: ORGANO_GARANTE, AUTORIDAD_GARANTE, INTEGRANTE_SNT, COMISION, REGION.
 */
public final class DirectoryCsv {

    /** One line of the seed. */
    public record Entry(WorkspaceType type, BodyKind bodyKind, String code, String acronym, String name, String state) {
    }

    private DirectoryCsv() {
    }

    public static List<Entry> parse(Reader source) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BufferedReader in = new BufferedReader(source);
        String header = in.readLine();
        if (header == null || !header.replace("\uFEFF", "").trim().equalsIgnoreCase("kind,code,acronym,name,state")) {
            throw new IllegalArgumentException("Encabezado esperado: kind,code,acronym,name,state");
        }
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line, lineNo);
            if (f.size() != 5) {
                throw new IllegalArgumentException("Línea " + lineNo + ": se esperaban 5 campos y hay " + f.size());
            }
            String kind = f.get(0).trim().toUpperCase(Locale.ROOT);
            String code = f.get(1).trim();
            if (code.isEmpty() || f.get(3).isBlank()) {
                throw new IllegalArgumentException("Línea " + lineNo + ": faltan la clave o el nombre");
            }
            Entry e = switch (kind) {
                case "ORGANO_GARANTE" -> new Entry(WorkspaceType.BODY, BodyKind.ORGANISMO_GARANTE, code, acronym(f, code), f.get(3).trim(), blankToNull(f.get(4)));
                case "AUTORIDAD_GARANTE" -> new Entry(WorkspaceType.BODY, BodyKind.AUTORIDAD_GARANTE, code, acronym(f, code), f.get(3).trim(), blankToNull(f.get(4)));
                case "INTEGRANTE_SNT" -> new Entry(WorkspaceType.BODY, BodyKind.OTRO_INTEGRANTE, code, acronym(f, code), f.get(3).trim(), blankToNull(f.get(4)));
                case "COMISION" -> new Entry(WorkspaceType.COMMISSION, null, code, acronym(f, code), f.get(3).trim(), null);
                case "REGION" -> new Entry(WorkspaceType.REGION, null, code, acronym(f, code), f.get(3).trim(), null);
                default -> throw new IllegalArgumentException("Línea " + lineNo + ": tipo desconocido '" + kind + "'");
            };
            if (!seen.add(e.type() + "/" + e.code())) {
                throw new IllegalArgumentException("Línea " + lineNo + ": clave repetida " + code);
            }
            entries.add(e);
        }
        return entries;
    }

    private static String acronym(List<String> f, String code) {
        String a = f.get(2).trim();
        return a.isEmpty() ? code : a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Splits one CSV line, honouring double quotes and doubled quotes inside them. */
    static List<String> fields(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Línea " + lineNo + ": comillas sin cerrar");
        }
        out.add(cur.toString());
        return out;
    }
}
