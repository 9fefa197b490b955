package mx.snt.vinculo.web.search;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import mx.snt.vinculo.search.SearchIndex;

/**
 * Tells the search index that the application is up. The web module starts after the EJB module's start-up beans
 * (the demo seeds among them), so a rebuild that starts now reads everything they wrote.
 */
@WebListener
public class SearchStartup implements ServletContextListener {

    @EJB
    private SearchIndex index;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        index.applicationStarted();
    }
}
