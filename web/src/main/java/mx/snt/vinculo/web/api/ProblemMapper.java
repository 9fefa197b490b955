package mx.snt.vinculo.web.api;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.web.Texts;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API, as problem+json in the caller's language; never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable e = failure instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : failure;
        Locale locale = Texts.pick(request);
        int status;
        String detail;
        if (e instanceof DomainException d) {
            status = e instanceof NotFoundException ? 404 : e instanceof ForbiddenException ? 403
                    : e instanceof ConflictException ? 409 : 422;
            detail = Texts.get(locale, d.key(), d.args());
        } else if (e instanceof WebApplicationException w) {
            status = w.getResponse().getStatus();
            detail = Texts.get(locale, switch (status) {
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.mediaType";
                default -> status < 500 ? "error.badRequest" : "error.unexpected";
            });
        } else if (e instanceof jakarta.ws.rs.ProcessingException || e instanceof jakarta.json.bind.JsonbException
                || e instanceof jakarta.json.JsonException || e instanceof IllegalArgumentException) {
            // unreadable body: malformed JSON, wrong types, unknown enum values
            status = 400;
            detail = Texts.get(locale, "error.badRequest");
        } else {
            LOG.log(Level.SEVERE, "Error inesperado en la API", e);
            status = 500;
            detail = Texts.get(locale, "error.unexpected");
        }
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.of(status, Texts.get(locale, "error.title." + status), detail, request.getRequestURI()).toString())
                .build();
    }
}
