package org.openenpc.ui.detail;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.openenpc.ui.Messages;

/**
 * Under the IPP heading while the shown printer offered ipps with a certificate nobody vouches for (self-signed, as
 * most printers' are): what that means, the certificate's SHA-256 fingerprint (selectable, to compare with the one the
 * printer's Web Config or its network status sheet prints), and a button that asks before accepting it. Takes no
 * space otherwise. FX thread only.
 */
final class UntrustedCertificateView extends VBox {

    UntrustedCertificateView(DetailViewModel model, Runnable accept) {
        super(4);
        setId("untrustedCertificate");
        Label heading = new Label(DetailViewModel.heading("ipp"));
        heading.getStyleClass().add(DetailStyles.SECTION);
        Label text = new Label(Messages.get("detail.certificate.untrusted"));
        text.setId("untrustedCertificateText");
        text.setWrapText(true);
        TextField fingerprint = new TextField();
        fingerprint.setId("untrustedCertificateFingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add(DetailStyles.RAW);
        fingerprint.textProperty().bind(model.untrustedCertificateProperty());
        Button button = new Button(Messages.get("detail.certificate.accept"));
        button.setId("acceptCertificateButton");
        button.setOnAction(e -> accept.run());
        getChildren().addAll(heading, text, fingerprint, button);
        // The IPP section has its own heading once the printer answers; until then this one stands in for it.
        visibleProperty().bind(model.untrustedCertificateProperty().isNotEmpty().and(model.ippShownProperty().not()));
        managedProperty().bind(visibleProperty());
    }
}
