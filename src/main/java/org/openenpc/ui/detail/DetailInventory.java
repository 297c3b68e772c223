package org.openenpc.ui.detail;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

import org.openenpc.model.Printer;
import org.openenpc.model.SupplySeries;
import org.openenpc.model.UserFields;

/**
 * What the detail pane asks of the inventory: the kept device behind a printer, its user fields (saved
 * at once), its supply history, and forgetting it. FX thread; answers that need the database arrive
 * later through the callbacks, on the FX thread.
 */
public interface DetailInventory {

    /** The inventory's id of this printer; empty while it is not recorded yet or history is off. */
    OptionalLong deviceId(Printer p);

    /** The user's fields of a kept device. */
    UserFields userFields(long deviceId);

    /** Keeps new user fields of a kept device (written in the background). */
    void save(long deviceId, UserFields fields);

    /** Removes the device and all its history, and its row. */
    void forget(long deviceId, Printer p);

    /** The device's supply history, later, on the FX thread. */
    void supplyHistory(long deviceId, Consumer<List<SupplySeries>> then);

    /** Fires when the kept devices may have changed (after each recorded round, an import). */
    Observable devicesChanged();

    /** Why history is off, in one sentence; "" while it works. */
    ObservableValue<String> problem();

    /** No inventory: the pane hides its notes and history. */
    DetailInventory NONE = new DetailInventory() {
        private final SimpleStringProperty none = new SimpleStringProperty("");

        @Override
        public OptionalLong deviceId(Printer p) {
            return OptionalLong.empty();
        }

        @Override
        public UserFields userFields(long deviceId) {
            return UserFields.NONE;
        }

        @Override
        public void save(long deviceId, UserFields fields) {
        }

        @Override
        public void forget(long deviceId, Printer p) {
        }

        @Override
        public void supplyHistory(long deviceId, Consumer<List<SupplySeries>> then) {
        }

        @Override
        public Observable devicesChanged() {
            return none;
        }

        @Override
        public ObservableValue<String> problem() {
            return none;
        }
    };
}
