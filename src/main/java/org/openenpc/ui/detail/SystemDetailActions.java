package org.openenpc.ui.detail;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.openenpc.model.Printer;

/**
 * The production {@link DetailActions}: the system browser through {@link HostServices}, the system
 * clipboard, and a refresh callback supplied by the composition root. FX thread only (the clipboard
 * requires it).
 */
public final class SystemDetailActions implements DetailActions {
    private final HostServices host;
    private final Consumer<Printer> refresher;
    private final BiConsumer<Printer, String> certificates;

    public SystemDetailActions(HostServices host, Consumer<Printer> refresher) {
        this(host, refresher, (p, sha) -> { });
    }

    /** @param certificates keeps an accepted ipps certificate (the printer, its fingerprint) and reads the printer */
    public SystemDetailActions(HostServices host, Consumer<Printer> refresher, BiConsumer<Printer, String> certificates) {
        this.host = host; // null where there is no browser to open (tests, the GUI benchmark)
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    @Override
    public void acceptCertificate(Printer p, String sha256) {
        certificates.accept(p, sha256);
    }

    @Override
    public void refresh(Printer p) {
        refresher.accept(p);
    }

    @Override
    public void openWebConfig(String url) {
        if (host != null) {
            host.showDocument(url);
        }
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
