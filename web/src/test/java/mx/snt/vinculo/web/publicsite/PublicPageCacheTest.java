package mx.snt.vinculo.web.publicsite;

import mx.snt.vinculo.platform.DataChanges;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPageCacheTest {

    private static PublicPageCache.Entry page(int size) {
        return new PublicPageCache.Entry(DataChanges.generation(), System.currentTimeMillis(), 200, List.of(), new byte[size], "W/\"x\"");
    }

    @Test
    void aKeptAnswerLastsUntilTheDataChanges() {
        PublicPageCache cache = new PublicPageCache();
        cache.configure(60, 10, 1024 * 1024);
        cache.put("/acuerdos?", page(100));
        assertThat(cache.get("/acuerdos?")).isNotNull();
        DataChanges.committed();
        assertThat(cache.get("/acuerdos?")).isNull();
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void anAnswerRenderedBeforeACommitIsNotKept() {
        PublicPageCache cache = new PublicPageCache();
        cache.configure(60, 10, 1024 * 1024);
        PublicPageCache.Entry old = page(100);
        DataChanges.changedElsewhere();  // another instance committed while this page was being rendered
        cache.put("/", old);
        assertThat(cache.get("/")).isNull();
    }

    @Test
    void theLeastRecentlyUsedGoOutFirstByCountAndBySize() {
        PublicPageCache cache = new PublicPageCache();
        cache.configure(60, 3, 1000);
        cache.put("a", page(300));
        cache.put("b", page(300));
        cache.put("c", page(300));
        cache.get("a");                  // a is now the most recently used
        cache.put("d", page(300));       // four entries and 1,200 bytes: b goes
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.bytes()).isEqualTo(900);
        cache.put("big", page(PublicPageCache.MAX_BODY + 1));  // a data file: never kept
        assertThat(cache.get("big")).isNull();
        cache.put("e", page(700));       // 1,600 bytes: the two least recently used go
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.get("e")).isNotNull();
    }

    @Test
    void zeroSecondsTurnsItOffAndAnOldCopyGoes() throws Exception {
        PublicPageCache off = new PublicPageCache();
        off.configure(0, 10, 1000);
        assertThat(off.on()).isFalse();
        PublicPageCache cache = new PublicPageCache();
        cache.configure(1, 10, 1000);
        cache.put("a", new PublicPageCache.Entry(DataChanges.generation(), System.currentTimeMillis() - 1500, 200, List.of(),
                new byte[1], "W/\"x\""));
        assertThat(cache.get("a")).isNull();
    }
}
