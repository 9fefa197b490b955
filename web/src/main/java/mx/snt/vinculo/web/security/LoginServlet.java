package mx.snt.vinculo.web.security;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.web.faces.SignInFirst;

import java.io.IOException;

/**
 * "Entrar": a protected address whose only job is to start the login, then go to the page the
 * person asked for ({@code ?volver=}, see {@link SignInFirst}) or to the home page, which shows their pending work.
 */
@WebServlet("/entrar")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class LoginServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(SignInFirst.target(request, request.getContextPath() + "/"));
    }
}
