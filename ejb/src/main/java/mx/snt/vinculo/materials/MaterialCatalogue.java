package mx.snt.vinculo.materials;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.files.FileKind;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Clock;
import java.util.Set;

/**
 * Writing materials: members of a workspace create, edit and publish its materials and add images to its
 * galleries. Each use case loads, lets the aggregate check, saves, and leaves audit and outbox events in the
 * same transaction ({@link MaterialEvents}).
 */
@Stateless
public class MaterialCatalogue {

    private static final Set<FileKind> IMAGES = Set.of(FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP);

    @EJB
    private Callers callers;
    @EJB
    private MaterialRepository materials;
    @EJB
    private MaterialQueries queries;
    @EJB
    private MaterialEvents events;
    @EJB
    private FileStore files;
    @Inject
    private Clock clock;

    /** A new material, private to the workspace; {@code fileName}/{@code file}: an optional file. */
    public MaterialDetail create(long workspaceId, MaterialInput in, String fileName, byte[] file) {
        Caller caller = member(workspaceId);
        Workspace w = materials.workspace(workspaceId);
        if (w == null) {
            throw new NotFoundException();
        }
        Long fileId = storeFile(in == null ? null : in.kind(), fileName, file, caller);
        Material m = Material.create(w, in, fileId, caller.username(), clock.instant());
        materials.persist(m);
        materials.flush();
        events.changed(caller, m, "material.create", null, m.getKind().name(), null);
        return queries.detail(m, caller);
    }

    /** Changes a material's fields (and its file, when one is given), from the version read. */
    public MaterialDetail edit(long id, long version, MaterialInput in, String fileName, byte[] file) {
        Caller caller = callers.current();
        Material m = editable(caller, id);
        Visibility before = m.getVisibility();
        Long fileId = storeFile(m.getKind(), fileName, file, caller);
        MaterialInput input = in == null ? null : new MaterialInput(m.getKind(), in.title(), in.description(), in.mediaUrl(),
                in.bodyText(), in.dataCsv(), in.chart());
        if (input == null) {
            throw new ValidationException("material.title.required");
        }
        m.edit(input, fileId, version, clock.instant());
        materials.flush();
        events.changed(caller, m, "material.edit", null, null, before);
        return queries.detail(m, caller);
    }

    /** Who may see it; publishing (PUBLIC) records the outbox event, leaving PUBLIC its withdrawal. */
    public MaterialDetail changeVisibility(long id, long version, Visibility to) {
        Caller caller = callers.current();
        Material m = editable(caller, id);
        Visibility before = m.getVisibility();
        if (m.changeVisibility(to, version, clock.instant())) {
            materials.flush();
            events.changed(caller, m, "material.visibility", before.name(), to.name(), before);
        }
        return queries.detail(m, caller);
    }

    /** Adds an image to a gallery: an image file (by its bytes) and its alternative text, both required. */
    public MaterialDetail addImage(long id, long version, String fileName, byte[] image, String altText, String caption) {
        Caller caller = callers.current();
        Material m = editable(caller, id);
        m.checkVersion(version);
        if (image == null || image.length == 0) {
            throw new ValidationException("material.image.required");
        }
        // The alternative text is checked before the file is stored, so a refused image stores nothing.
        mx.snt.vinculo.common.Fields.required(altText, Material.MAX_ALT, "material.image.alt");
        FileKind kind = FileStore.check(fileName, image, files.maxBytes());
        if (!IMAGES.contains(kind)) {
            throw new ValidationException("material.image.kind");
        }
        FileRef stored = files.store(fileName, image, caller.username());
        m.addImage(stored.id(), altText, caption, clock.instant());
        materials.flush();
        events.changed(caller, m, "material.image.add", null, null, m.getVisibility());
        return queries.detail(m, caller);
    }

    /** Removes an image of a gallery (not the last one of a gallery others can see). */
    public MaterialDetail removeImage(long id, long version, long imageId) {
        Caller caller = callers.current();
        Material m = editable(caller, id);
        m.removeImage(imageId, version, clock.instant());
        materials.flush();
        events.changed(caller, m, "material.image.remove", null, null, m.getVisibility());
        return queries.detail(m, caller);
    }

    private Long storeFile(MaterialKind kind, String name, byte[] content, Caller caller) {
        if (content == null || content.length == 0) {
            return null;
        }
        if (kind != MaterialKind.DOCUMENTARY && kind != MaterialKind.STENOGRAPHIC) {
            throw new ValidationException("material.file.notForKind");
        }
        return files.store(name, content, caller.username()).id();
    }

    private Caller member(long workspaceId) {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new NotFoundException();
        }
        if (!caller.memberOf(workspaceId)) {
            throw new ForbiddenException();
        }
        return caller;
    }

    private Material editable(Caller caller, long id) {
        Material m = materials.find(id);
        if (m == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, m.getWorkspace().getId(), m.getVisibility());
        if (!caller.memberOf(m.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        return m;
    }
}
