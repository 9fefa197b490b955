package mx.snt.vinculo.notices;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends mail through a Jakarta Mail session built from configuration (host, port, user,
 * password, STARTTLS): a multipart/alternative with plain text and HTML, and optionally one
 * attachment (the convocation's .ics).
 */
public class Mailer {

    /** An attachment: file name, media type, content. */
    public record Attachment(String name, String mediaType, byte[] content) {
    }

    private final Session session;
    private final String from;

    public Mailer(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    public static Mailer of(String host, int port, String user, String password, boolean tls, String from) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        // Sockets without Nagle's delay: Jakarta Mail writes a message's end (".") in a small segment of its own,
        // which then waits for the server's delayed ACK (~40 ms a mail over a reused connection).
        p.put("mail.smtp.socketFactory", new NoDelaySockets());
        p.put("mail.smtp.socketFactory.fallback", "false");
        boolean auth = user != null && !user.isBlank();
        p.put("mail.smtp.auth", Boolean.toString(auth));
        if (tls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Session session = auth
                ? Session.getInstance(p, new jakarta.mail.Authenticator() {
                    @Override
                    protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                        return new jakarta.mail.PasswordAuthentication(user, password);
                    }
                })
                : Session.getInstance(p);
        return new Mailer(session, from);
    }

    public void send(String to, String subject, String text, String html, Attachment attachment) throws MessagingException {
        Transport.send(message(to, subject, text, html, attachment, null));
    }

    /**
     * One SMTP connection for many messages (a digest run): opening a connection per mail costs a TCP handshake,
     * the greeting, EHLO (and STARTTLS, AUTH) each time. Connects at the first send, reconnects after a broken
     * connection; not for more than one thread. Close it when the run ends.
     */
    public Connection connection() {
        return new Connection();
    }

    /**
     * A mail rendered once (headers, multipart, quoted-printable text and HTML) for many recipients: building and
     * encoding the MIME body was most of the sender's work per digest, and members with the same news get the same
     * body. Each recipient's message is parsed back from these bytes (its body is kept as it is, not encoded again)
     * and given its own To and Message-ID.
     */
    public Prepared prepare(String subject, String text, String html) throws MessagingException {
        MimeMessage m = message(from, subject, text, html, null, null);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(2 * (text.length() + html.length()) + 1024);
        try {
            m.writeTo(bytes, new String[]{"Message-ID", "To"});
        } catch (java.io.IOException e) {
            throw new MessagingException("No se pudo preparar el correo", e);
        }
        return new Prepared(bytes.toByteArray());
    }

    /** See {@link #prepare}. */
    public final class Prepared {
        private final byte[] bytes;

        private Prepared(byte[] bytes) {
            this.bytes = bytes;
        }

        MimeMessage to(String to, String messageId) throws MessagingException {
            // Parsed: marked saved and unmodified, so it is written as it was rendered, with the headers set here.
            MimeMessage m = new MimeMessage(session, new java.io.ByteArrayInputStream(bytes));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            if (messageId != null) {
                m.setHeader("Message-ID", messageId);
            }
            return m;
        }
    }

    /** The connection broke while a message was going out: the server may have accepted it or not. */
    public static class UnknownOutcome extends MessagingException {
        UnknownOutcome(MessagingException cause) {
            super("La conexión con el servidor de correo se interrumpió durante el envío", cause);
        }
    }

    /** The mail server could not be reached: nothing was sent. */
    public static class Unreachable extends MessagingException {
        Unreachable(MessagingException cause) {
            super("No se pudo conectar con el servidor de correo", cause);
        }
    }

    /** See {@link #connection()}. */
    public class Connection implements AutoCloseable {
        /** After this long unused, a connection is checked (NOOP) before a send: the server may have dropped it. */
        private static final long IDLE_NANOS = 30_000_000_000L;
        private Transport transport;
        private long lastUse;

        protected Connection() {
        }

        /**
         * Sends one message with the given Message-ID (null: the library's own). A failure to connect or a refusal by
         * the server ({@link jakarta.mail.SendFailedException}) means the message was not accepted; a connection
         * that broke during the send throws {@link UnknownOutcome}, and the next send connects again.
         */
        public void send(String to, String subject, String text, String html, String messageId) throws MessagingException {
            send(prepare(subject, text, html), to, messageId);
        }

        /** As {@link #send(String, String, String, String, String)}, for a body rendered once ({@link #prepare}). */
        public void send(Prepared body, String to, String messageId) throws MessagingException {
            MimeMessage m = body.to(to, messageId);
            if (transport != null && System.nanoTime() - lastUse > IDLE_NANOS && !alive()) {
                close();
            }
            if (transport == null) {
                Transport t = session.getTransport();
                try {
                    t.connect();
                } catch (MessagingException e) {
                    throw new Unreachable(e);  // nothing was sent
                }
                transport = t;
            }
            try {
                transport.sendMessage(m, m.getAllRecipients());
                lastUse = System.nanoTime();
            } catch (jakarta.mail.SendFailedException refused) {
                lastUse = System.nanoTime();
                throw refused;  // the server answered no; the connection stays usable
            } catch (MessagingException broken) {
                close();
                throw new UnknownOutcome(broken);
            }
        }

        private boolean alive() {
            try {
                return transport.isConnected();  // a NOOP
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    private MimeMessage message(String to, String subject, String text, String html, Attachment attachment, String messageId)
            throws MessagingException {
        MimeMessage m = messageId == null ? new MimeMessage(session) : new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);  // the same for a resend: recognisably the same mail
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        if (attachment == null) {
            m.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.name());
            mixed.addBodyPart(file);
            m.setContent(mixed);
        }
        m.saveChanges();
        return m;
    }

    /** Text for HTML mail bodies. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Plain sockets with TCP_NODELAY (see {@link #of}). */
    static final class NoDelaySockets extends javax.net.SocketFactory {
        private static java.net.Socket noDelay(java.net.Socket s) throws java.io.IOException {
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public java.net.Socket createSocket() throws java.io.IOException {
            return noDelay(new java.net.Socket());
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
            return noDelay(new java.net.Socket(host, port));
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) throws java.io.IOException {
            return noDelay(new java.net.Socket(host, port, local, localPort));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws java.io.IOException {
            return noDelay(new java.net.Socket(host, port));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort)
                throws java.io.IOException {
            return noDelay(new java.net.Socket(host, port, local, localPort));
        }
    }
}
