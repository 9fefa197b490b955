package mx.snt.vinculo.scale;

import java.util.List;
import java.util.Random;

/**
 * Spanish text for generated items, combined from phrase banks so that titles and bodies read like the network's
 * own documents (and give the search index realistic vocabulary), never lorem ipsum.
 */
final class Phrases {

    static final List<String> FIRST_NAMES = List.of(
            "María", "José", "Guadalupe", "Juan", "Fernanda", "Luis", "Alejandra", "Carlos", "Verónica", "Jorge",
            "Patricia", "Miguel", "Rosa", "Francisco", "Adriana", "Javier", "Gabriela", "Ricardo", "Claudia",
            "Eduardo", "Mónica", "Roberto", "Leticia", "Sergio", "Laura", "Arturo", "Daniela", "Raúl", "Sandra",
            "Héctor", "Elena", "Alberto", "Beatriz", "Óscar", "Silvia", "Manuel", "Lorena", "Andrés", "Norma",
            "Rubén", "Araceli", "Emilio", "Itzel", "Gerardo", "Ximena", "Víctor", "Paola", "Enrique", "Citlali",
            "Ramón", "Yolanda", "Hugo", "Marisol", "Pablo", "Teresa", "Ignacio", "Brenda", "Salvador", "Karina");

    static final List<String> LAST_NAMES = List.of(
            "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
            "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez",
            "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez",
            "Muñoz", "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Santiago", "Guerrero", "Estrada", "Bautista",
            "Cortés", "Soto", "Alvarado", "Espinoza", "Lara", "Ávila", "Ríos", "Cervantes", "Pech", "Canul", "Treviño");

    static final List<String> SUBJECTS = List.of(
            "la protección de datos personales en el sector salud", "la publicación de obligaciones de transparencia",
            "el acceso a la información en municipios rurales", "la gestión documental y los archivos de trámite",
            "el gobierno abierto en los congresos locales", "la rendición de cuentas de los sindicatos",
            "los avisos de privacidad de las plataformas educativas", "la atención de solicitudes en lenguas indígenas",
            "la accesibilidad de los portales de transparencia", "la verificación de las obligaciones comunes",
            "la capacitación de las unidades de transparencia", "los datos abiertos de obra pública",
            "el derecho de acceso de niñas, niños y adolescentes", "la transparencia proactiva en programas sociales",
            "la seguridad de los datos personales en los ayuntamientos", "la clasificación de información reservada",
            "los recursos de revisión en materia de datos personales", "la digitalización de archivos históricos",
            "la transparencia presupuestaria de los órganos autónomos", "los sistemas de videovigilancia y la privacidad",
            "la contraloría social y la participación ciudadana", "la integración de la Plataforma Nacional de Transparencia",
            "la protección de datos de víctimas y personas desaparecidas", "la difusión de la cultura de la transparencia",
            "la información pública sobre contrataciones", "los comités de transparencia de los sujetos obligados");

    static final List<String> SESSION_TITLES = List.of(
            "Sesión %s de la %s", "%s sesión de trabajo de la %s", "Sesión %s del Pleno de la %s");

    static final List<String> INFO_TITLES = List.of(
            "Informe de actividades sobre %s", "Presentación del diagnóstico sobre %s",
            "Avance del programa de trabajo en %s", "Informe de la coordinación en materia de %s",
            "Reporte de seguimiento de acuerdos relativos a %s");

    static final List<String> PROPOSAL_ITEM_TITLES = List.of(
            "Propuesta de acuerdo para fortalecer %s", "Aprobación de los lineamientos sobre %s",
            "Aprobación del programa anual de capacitación en %s", "Propuesta de pronunciamiento sobre %s",
            "Aprobación del calendario de verificaciones sobre %s", "Propuesta de guía técnica para %s",
            "Aprobación del convenio marco relativo a %s", "Propuesta de criterios de interpretación sobre %s");

    static final List<String> OPENINGS = List.of(
            "Con fundamento en la Ley General de Transparencia y Acceso a la Información Pública,",
            "En atención a los acuerdos de la sesión anterior,",
            "Considerando las observaciones recibidas de los órganos garantes de la región,",
            "Con el propósito de homologar los criterios del Sistema Nacional,",
            "A partir del diagnóstico elaborado por la secretaría técnica,",
            "Derivado de las mesas de trabajo con los sujetos obligados,");

    static final List<String> ACTIONS = List.of(
            "se propone establecer un grupo de trabajo interinstitucional", "se somete a consideración el documento anexo",
            "se plantea un programa de acompañamiento a los sujetos obligados",
            "se propone elaborar materiales de difusión en lenguaje ciudadano",
            "se sugiere realizar jornadas regionales de capacitación", "se presenta un calendario de acciones coordinadas",
            "se propone integrar un repositorio común de buenas prácticas",
            "se plantea la firma de un instrumento de colaboración");

    static final List<String> CLOSINGS = List.of(
            "que dé seguimiento trimestral a los compromisos asumidos.", "con indicadores de avance verificables.",
            "cuyos resultados se informarán en la próxima sesión ordinaria.",
            "con la participación de las organizaciones de la sociedad civil.",
            "en coordinación con las unidades de transparencia de cada institución.",
            "sin que ello implique erogaciones adicionales para los integrantes.");

    static final List<String> PLACES = List.of(
            "Sala de Plenos", "Auditorio principal", "Sala de juntas de la Presidencia", "Salón de usos múltiples",
            "Sala de capacitación", "Aula virtual institucional");

    static final List<String> UNIVERSITIES = List.of(
            "Universidad Nacional Autónoma de México", "Universidad de Guadalajara", "Universidad Autónoma de Nuevo León",
            "Benemérita Universidad Autónoma de Puebla", "Universidad Veracruzana", "Universidad Autónoma de Yucatán",
            "Universidad de Sonora", "Universidad Autónoma de Chiapas", "Instituto Politécnico Nacional",
            "Universidad Autónoma Metropolitana", "Universidad Michoacana de San Nicolás de Hidalgo",
            "Universidad Autónoma de Querétaro", "El Colegio de México", "Centro de Investigación y Docencia Económicas");

    static final List<String> CIVIL_SOCIETY = List.of(
            "Fundar, Centro de Análisis e Investigación", "Artículo 19 Oficina para México y Centroamérica",
            "México Evalúa", "Transparencia Mexicana", "Observatorio Ciudadano de Derechos Digitales",
            "Colectivo por la Rendición de Cuentas", "Red por la Participación Ciudadana", "Consejo Cívico Regional");

    static final List<String> MEDIA = List.of(
            "Sistema Público de Radiodifusión del Estado Mexicano", "Canal del Congreso", "Radio Educación",
            "Televisión Metropolitana", "Red de Radiodifusoras y Televisoras Educativas y Culturales de México");

    static final List<String> INTERNATIONAL = List.of(
            "Red de Transparencia y Acceso a la Información", "Red Iberoamericana de Protección de Datos",
            "Alianza para el Gobierno Abierto", "Oficina de las Naciones Unidas contra la Droga y el Delito",
            "Consejo Internacional de Archivos");

    static final List<String> COMPANIES = List.of(
            "Cámara Nacional de la Industria Electrónica", "Asociación de Internet MX",
            "Consejo Coordinador Empresarial Regional", "Cámara Nacional de Comercio local");

    static final List<String> COMMITMENTS = List.of(
            "Impartir %d talleres de capacitación sobre %s", "Publicar un informe semestral sobre %s",
            "Elaborar una guía de buenas prácticas sobre %s", "Organizar un foro regional sobre %s",
            "Integrar un micrositio de datos abiertos sobre %s", "Realizar %d diagnósticos sobre %s",
            "Difundir una campaña en medios sobre %s");

    static final List<String> AGREEMENT_TITLES = List.of(
            "Convenio de colaboración en materia de %s", "Convenio de coordinación para impulsar %s",
            "Convenio general de concertación sobre %s", "Convenio específico para la capacitación en %s",
            "Convenio marco de colaboración académica sobre %s");

    static final List<String> LIBRARY_TITLES = List.of(
            "Guía práctica sobre %s", "Estudio comparado de %s", "Manual de procedimientos para %s",
            "Buenas prácticas en %s", "Cuaderno de trabajo sobre %s", "Infografía: claves de %s",
            "Video didáctico sobre %s", "Artículo: retos y perspectivas de %s");

    static final List<String> COMMENTS = List.of(
            "Coincidimos con la propuesta; en nuestro estado una experiencia similar redujo los tiempos de respuesta.",
            "Sugerimos incorporar indicadores que permitan medir el avance por trimestre.",
            "Convendría revisar la redacción del segundo párrafo para no duplicar obligaciones ya previstas en la ley.",
            "Nuestro instituto puede aportar los materiales de capacitación que elaboramos el año pasado.",
            "Proponemos que la implementación sea gradual, empezando por los municipios de mayor población.",
            "¿Se ha considerado el costo de operación para los órganos garantes con menor presupuesto?",
            "Apoyamos la iniciativa y ofrecemos sede para la primera reunión regional.",
            "Sería útil contar con una versión en lenguaje ciudadano para su difusión.");

    static final List<String> ANSWERS_ACCEPTED = List.of(
            "La comisión acordó incorporar la propuesta a su programa anual de trabajo.",
            "Se acepta la propuesta y se turna a la secretaría técnica para su implementación.",
            "Se aprueba la propuesta con las observaciones formuladas en la mesa de trabajo.");

    static final List<String> ANSWERS_REJECTED = List.of(
            "La propuesta duplica acciones ya contempladas en el programa vigente.",
            "No es viable en este ejercicio por falta de recursos; se sugiere presentarla de nuevo el próximo año.",
            "La comisión considera que el tema corresponde a otra instancia del Sistema Nacional.");

    static final List<String> TERMINATION_REASONS = List.of(
            "Terminación anticipada por mutuo acuerdo de las partes.",
            "Se dio por terminado al cumplirse el objeto del convenio antes de su vencimiento.",
            "Terminación por la extinción del órgano garante signante con motivo de la reforma.");

    static final List<String> CANCEL_REASONS = List.of(
            "Se cancela por falta de quórum previsto.", "Se reprograma por coincidir con el Consejo Nacional.",
            "Se cancela por causas de fuerza mayor.");

    static final List<String> KEYWORDS = List.of(
            "transparencia", "datos personales", "archivos", "gobierno abierto", "rendición de cuentas",
            "capacitación", "sujetos obligados", "privacidad", "datos abiertos", "lenguaje ciudadano",
            "solicitudes de información", "recurso de revisión", "municipios", "accesibilidad");

    private Phrases() {
    }

    static String pick(Random r, List<String> bank) {
        return bank.get(r.nextInt(bank.size()));
    }

    static String subject(Random r) {
        return pick(r, SUBJECTS);
    }

    /** A paragraph of two or three sentences about a subject. */
    static String paragraph(Random r, String subject) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, OPENINGS)).append(' ').append(pick(r, ACTIONS)).append(" sobre ").append(subject).append(' ')
                .append(pick(r, CLOSINGS));
        if (r.nextBoolean()) {
            sb.append(' ').append(capitalized(pick(r, ACTIONS))).append(' ').append(pick(r, CLOSINGS));
        }
        return sb.toString();
    }

    static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
