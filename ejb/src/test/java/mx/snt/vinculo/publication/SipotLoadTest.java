package mx.snt.vinculo.publication;

import org.junit.jupiter.api.Test;

import static mx.snt.vinculo.publication.SipotLoad.ALTA;
import static mx.snt.vinculo.publication.SipotLoad.BAJA;
import static mx.snt.vinculo.publication.SipotLoad.CAMBIO;
import static org.assertj.core.api.Assertions.assertThat;

/** What a record asks of SIPOT through the files, before and after its Alta is loaded. */
class SipotLoadTest {

    static final boolean NO_WEB_SERVICE = false;

    @Test
    void beforeItsAltaIsLoadedAChangeStaysInThePendingAltaAndAWithdrawalAsksForNothing() {
        SipotLoad alta = SipotLoad.first();
        assertThat(alta).isEqualTo(new SipotLoad(ALTA, true, false));
        assertThat(alta.published(NO_WEB_SERVICE)).as("changed: still the Alta, with the new content").isEqualTo(alta);
        SipotLoad withdrawn = alta.withdrawn(NO_WEB_SERVICE);
        assertThat(withdrawn.pending()).as("no Baja, and out of the pending Alta").isFalse();
        assertThat(withdrawn.loadType()).isNotEqualTo(BAJA);
        assertThat(withdrawn.published(NO_WEB_SERVICE)).as("published again: an Alta again").isEqualTo(alta);
    }

    @Test
    void onceItsAltaIsLoadedChangesAreCambioAndWithdrawalsBaja() {
        SipotLoad loaded = SipotLoad.first().loaded(ALTA, "h1", true, "h1", NO_WEB_SERVICE);
        assertThat(loaded).isEqualTo(new SipotLoad(ALTA, false, true));
        SipotLoad cambio = loaded.published(NO_WEB_SERVICE);
        assertThat(cambio).isEqualTo(new SipotLoad(CAMBIO, true, true));
        assertThat(cambio.loaded(CAMBIO, "h2", true, "h2", NO_WEB_SERVICE)).isEqualTo(new SipotLoad(CAMBIO, false, true));
        SipotLoad baja = loaded.withdrawn(NO_WEB_SERVICE);
        assertThat(baja).isEqualTo(new SipotLoad(BAJA, true, true));
        assertThat(baja.loaded(BAJA, "h1", false, "h1", NO_WEB_SERVICE)).as("SIPOT deleted it").isEqualTo(new SipotLoad(BAJA, false, false));
        assertThat(baja.loaded(BAJA, "h1", false, "h1", NO_WEB_SERVICE).published(NO_WEB_SERVICE))
                .as("published after its Baja was loaded: a new Alta").isEqualTo(SipotLoad.first());
    }

    @Test
    void aRecordTheWebServiceAddedIsAtSipotWithoutAnyLoadedFile() {
        SipotLoad alta = SipotLoad.first();
        assertThat(alta.published(true).loadType()).isEqualTo(CAMBIO);
        assertThat(alta.withdrawn(true)).isEqualTo(new SipotLoad(BAJA, true, false));
    }

    @Test
    void aFileLoadedAfterItsRecordMovedOnLeavesWhatHappenedSinceWaiting() {
        // The Alta file was generated with h1; the record changed to h2 before the file was loaded.
        SipotLoad changed = SipotLoad.first().published(NO_WEB_SERVICE);
        assertThat(changed.loaded(ALTA, "h1", true, "h2", NO_WEB_SERVICE)).as("SIPOT holds h1: a Cambio with h2 waits")
                .isEqualTo(new SipotLoad(CAMBIO, true, true));
        // Withdrawn after the file was generated, and then the file was loaded: SIPOT has it, so a Baja waits.
        SipotLoad withdrawn = SipotLoad.first().withdrawn(NO_WEB_SERVICE);
        assertThat(withdrawn.loaded(ALTA, "h1", false, "h1", NO_WEB_SERVICE)).isEqualTo(new SipotLoad(BAJA, true, true));
        // A Baja file loaded after the record was published again: SIPOT no longer has it, an Alta waits.
        SipotLoad republished = SipotLoad.first().loaded(ALTA, "h1", true, "h1", NO_WEB_SERVICE)
                .withdrawn(NO_WEB_SERVICE).published(NO_WEB_SERVICE);
        assertThat(republished).isEqualTo(new SipotLoad(CAMBIO, true, true));
        assertThat(republished.loaded(BAJA, "h1", true, "h1", NO_WEB_SERVICE)).isEqualTo(SipotLoad.first());
    }
}
