package mx.snt.vinculo.web.api;

import jakarta.enterprise.inject.spi.CDI;
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
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.web.Failures;
import mx.snt.vinculo.web.Language;
import mx.snt.vinculo.web.Texts;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API, as problem+json in the caller's language; never a stack trace.
 * The whole cause chain is read: a domain exception or an optimistic-lock failure counts
 * wherever the EJB container, JTA or EclipseLink wrapped it ({@link Failures}).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        // A call that names its language (Accept-Language) is asking for this very answer in it, as HTTP content
        // negotiation means; the member's saved choice answers the calls that name none.
        Locale locale = request.getHeader("Accept-Language") != null ? Language.of(request)
                : Language.of(request, () -> savedLanguage(failure));
        int status;
        String detail;
        Optional<String> parameter = parameterName(failure);
        Optional<DomainException> domain = Failures.domain(failure);
        Optional<InvalidInput> invalid = Failures.find(failure, InvalidInput.class);
        if (invalid.isPresent()) {
            status = 400;
            detail = Texts.get(locale, invalid.get().key(), invalid.get().name());
        } else if (parameter.isPresent()) {
            // JAX-RS answers an unconvertible @QueryParam/@PathParam with 404: it is the caller's bad request
            status = 400;
            detail = Texts.get(locale, "error.invalid.parameter", parameter.get());
        } else if (domain.isPresent()) {
            DomainException d = domain.get();
            status = d instanceof NotFoundException ? 404 : d instanceof ForbiddenException ? 403
                    : d instanceof ConflictException ? 409 : 422;
            detail = Texts.get(locale, d.key(), d.args());
        } else if (Failures.databaseUnavailable(failure)) {
            LOG.log(Level.WARNING, "La base de datos no responde", failure);
            status = 503;
            detail = Texts.get(locale, "error.unavailable");
        } else if (Failures.isConflict(failure)) {
            status = 409;
            detail = Texts.get(locale, "error.conflict");
        } else if (failure instanceof WebApplicationException w) {
            status = w.getResponse().getStatus();
            detail = Texts.get(locale, switch (status) {
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.mediaType";
                default -> status < 500 ? "error.badRequest" : "error.unexpected";
            });
        } else if (unreadable(failure)) {
            // unreadable body: malformed JSON, wrong types, unknown enum values
            status = 400;
            detail = Texts.get(locale, "error.badRequest");
        } else {
            LOG.log(Level.SEVERE, "Error inesperado en la API", failure);
            status = 500;
            detail = Texts.get(locale, "error.unexpected");
        }
        Response.ResponseBuilder answer = Response.status(status);
        if (status == 503) {
            answer.header("Retry-After", Failures.RETRY_AFTER_SECONDS);
        }
        return answer
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.of(status, Texts.get(locale, "error.title." + status), detail, request.getRequestURI()).toString())
                .build();
    }

    /**
     * A bearer-token caller has no session keeping their choice: it is read from the directory (only for an error
     * answer, never when the database is what failed; a failed read leaves the rule's next step).
     */
    private String savedLanguage(Throwable failure) {
        if (Failures.databaseUnavailable(failure)) {
            return null;
        }
        try {
            return CDI.current().select(DirectoryService.class).get().localeOf(request.getUserPrincipal().getName());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "El idioma guardado no se pudo leer", e);
            return null;
        }
    }

    private static boolean unreadable(Throwable failure) {
        Throwable e = failure instanceof jakarta.ejb.EJBException ejb && ejb.getCause() != null ? ejb.getCause() : failure;
        return e instanceof jakarta.ws.rs.ProcessingException || e instanceof jakarta.json.bind.JsonbException
                || e instanceof jakarta.json.JsonException || e instanceof IllegalArgumentException;
    }

    /**
     * The parameter of Jersey's {@code ParamException} (QueryParamException, PathParamException,
     * HeaderParamException…): the implementation's class, so it is read by name.
     */
    static Optional<String> parameterName(Throwable failure) {
        for (Class<?> c = failure.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().endsWith(".ParamException")) {
                try {
                    Object name = c.getMethod("getParameterName").invoke(failure);
                    return Optional.of(String.valueOf(name));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Optional.of("?");
                }
            }
        }
        return Optional.empty();
    }
}
