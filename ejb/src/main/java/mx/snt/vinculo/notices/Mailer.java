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
        MimeMessage m = new MimeMessage(session);
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
        Transport.send(m);
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
}
