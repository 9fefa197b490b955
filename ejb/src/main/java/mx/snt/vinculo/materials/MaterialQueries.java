package mx.snt.vinculo.materials;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.VisibilityRule;

/** Reading materials, always through the visibility rule: a material the caller may not see is not found. */
@Stateless
public class MaterialQueries {

    @EJB
    private Callers callers;
    @EJB
    private MaterialRepository materials;
    @EJB
    private FileStore files;

    public MaterialDetail get(long id) {
        Caller caller = callers.current();
        return detail(visible(caller, id), caller);
    }

    /** A workspace's materials (or every workspace's, {@code workspaceId} null) the caller may see. */
    public Page<MaterialRow> list(Long workspaceId, MaterialKind kind, int first, int size) {
        return materials.list(callers.current(), workspaceId, kind, first, size);
    }

    /** Whether the caller may add materials to this workspace (its members). */
    public boolean canCreate(long workspaceId) {
        Caller caller = callers.current();
        return caller.signedIn() && caller.memberOf(workspaceId);
    }

    /** The workspace's name, for a list page's heading; an unknown workspace is not found. */
    public String workspaceName(long workspaceId) {
        var w = materials.workspace(workspaceId);
        if (w == null) {
            throw new NotFoundException();
        }
        return w.getName();
    }

    /** The workspace's code (its feeds' address: {@code /feeds/<code>/materiales.atom}). */
    public String workspaceCode(long workspaceId) {
        var w = materials.workspace(workspaceId);
        if (w == null) {
            throw new NotFoundException();
        }
        return w.getCode();
    }

    /** A documentary or stenographic material's file. */
    public FileContent file(long id) {
        Material m = visible(callers.current(), id);
        if (m.getFileId() == null) {
            throw new NotFoundException();
        }
        return files.read(m.getFileId());
    }

    /** An image of a gallery. */
    public FileContent image(long id, long imageId) {
        Material m = visible(callers.current(), id);
        return m.getImages().stream().filter(i -> i.getId() == imageId).findFirst()
                .map(i -> files.read(i.getFileId())).orElseThrow(NotFoundException::new);
    }

    /** A statistical material's CSV as it was given (UTF-8 text). */
    public String csv(long id) {
        Material m = visible(callers.current(), id);
        if (m.getDataCsv() == null) {
            throw new NotFoundException();
        }
        return m.getDataCsv();
    }

    private Material visible(Caller caller, long id) {
        Material m = materials.find(id);
        if (m == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, m.getWorkspace().getId(), m.getVisibility());
        return m;
    }

    /** The page's view of a material the caller may already see (the catalogue answers its writes with it). */
    public MaterialDetail detail(Material m, Caller caller) {
        var file = m.getFileId() == null ? null : files.ref(m.getFileId());
        return new MaterialDetail(m.getId(), m.getWorkspace().getId(), m.getWorkspace().getCode(), m.getWorkspace().getName(),
                m.getKind(), m.getTitle(), m.getDescription(), m.getVisibility(), m.getMediaUrl(), m.getBodyText(),
                m.getDataCsv(), m.getChart(), m.table(), file,
                m.getImages().stream().map(i -> new MaterialDetail.Image(i.getId(), i.getFileId(), i.getAltText(), i.getCaption())).toList(),
                m.getCreatedBy(), m.getCreatedAt(), m.getUpdatedAt(), m.getVersion(),
                caller.signedIn() && caller.memberOf(m.getWorkspace().getId()));
    }
}
