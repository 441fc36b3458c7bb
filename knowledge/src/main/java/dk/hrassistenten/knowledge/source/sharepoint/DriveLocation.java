package dk.hrassistenten.knowledge.source.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The library a SharePoint source reads, as Graph knows it: the drive's id, its root folder's id, the configured
 * folder's id (null for the whole library), and how its documents are cited:
 * {@code sharepoint:<site>/<library>/<path>}, e.g. {@code sharepoint:region.sharepoint.com/sites/HR/Dokumenter/Ferie/politik.docx}.
 */
record DriveLocation(String driveId, String rootId, String folderId, String citationPrefix) {

    DriveLocation {
        Objects.requireNonNull(driveId, "driveId");
        Objects.requireNonNull(rootId, "rootId");
        Objects.requireNonNull(citationPrefix, "citationPrefix");
    }

    /** Finds the site's library by name (or the drive by id) and the folder in it. */
    static DriveLocation resolve(GraphClient graph, SharePointSettings settings) throws IOException {
        JsonNode drive = settings.drive() != null ? graph.get("/drives/" + segment(settings.drive()) + "?$select=id,name,webUrl")
                : libraryOfSite(graph, settings);
        String driveId = drive.path("id").asText();
        String rootId = graph.get("/drives/" + segment(driveId) + "/root?$select=id").path("id").asText();
        String folderId = null;
        if (settings.folder() != null) {
            JsonNode folder;
            try {
                folder = graph.get("/drives/" + segment(driveId) + "/root:/" + path(settings.folder()) + "?$select=id,folder");
            } catch (GraphStatusException e) {
                throw e.status() == 404 ? new IOException("no folder \"" + settings.folder() + "\" in the library", e) : e;
            }
            if (!folder.has("folder")) {
                throw new IOException("\"" + settings.folder() + "\" in the library is a file, not a folder");
            }
            folderId = folder.path("id").asText();
        }
        return new DriveLocation(driveId, rootId, folderId, "sharepoint:" + siteOf(drive, settings) + "/" + drive.path("name").asText());
    }

    /** Where a document is: its path from the library's root, '/'-separated, as Graph names the folders and the file. */
    String citation(String pathInLibrary) {
        return citationPrefix + "/" + pathInLibrary;
    }

    private static JsonNode libraryOfSite(GraphClient graph, SharePointSettings settings) throws IOException {
        JsonNode site;
        try {
            site = graph.get("/sites/" + site(settings.site()) + "?$select=id,webUrl");
        } catch (GraphStatusException e) {
            throw e.status() == 404 ? new IOException("no site \"" + settings.site() + "\" in Microsoft Graph", e) : e;
        }
        List<JsonNode> drives = graph.all("/sites/" + segment(site.path("id").asText()) + "/drives?$select=id,name,webUrl").items();
        return drives.stream().filter(d -> d.path("name").asText().equalsIgnoreCase(settings.library())).findFirst()
                .orElseThrow(() -> new IOException("no library \"" + settings.library() + "\" in site " + settings.site() + "; it has: "
                        + drives.stream().map(d -> d.path("name").asText()).collect(Collectors.joining(", "))));
    }

    /** The site part of citations: the library's address without its own last segment ("region.sharepoint.com/sites/HR"). */
    private static String siteOf(JsonNode drive, SharePointSettings settings) {
        String webUrl = drive.path("webUrl").asText();
        if (!webUrl.isEmpty()) {
            URI uri = URI.create(webUrl);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return uri.getHost() + path.substring(0, Math.max(0, path.lastIndexOf('/')));
        }
        return settings.site() != null ? settings.site().replace(":/", "/") : settings.drive();
    }

    /** "host:/sites/HR" is addressed as Graph's {@code /sites/host:/sites/HR}; a site id as one segment. */
    private static String site(String site) {
        int colon = site.indexOf(":/");
        return colon < 0 ? segment(site) : segment(site.substring(0, colon)) + ":/" + path(site.substring(colon + 2));
    }

    private static String path(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(DriveLocation::segment).collect(Collectors.joining("/"));
    }

    /** One path segment, encoded; the ',' of site ids and the '!' of drive ids are kept, as Graph writes them. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",").replace("%21", "!");
    }
}
