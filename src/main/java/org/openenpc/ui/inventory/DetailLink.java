package org.openenpc.ui.inventory;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

import org.openenpc.inventory.KnownDevice;
import org.openenpc.model.Printer;
import org.openenpc.model.SupplySeries;
import org.openenpc.model.UserFields;
import org.openenpc.ui.detail.DetailInventory;

/** The detail pane's view of the {@link InventoryService}. FX thread only. */
public final class DetailLink implements DetailInventory {

    private final InventoryService service;
    private final Consumer<Printer> forgotten;

    /** @param forgotten told (FX thread) once a printer's device is gone from the inventory */
    public DetailLink(InventoryService service, Consumer<Printer> forgotten) {
        this.service = service;
        this.forgotten = forgotten;
    }

    @Override
    public OptionalLong deviceId(Printer p) {
        return service.devicesProperty().get().find(p).map(d -> OptionalLong.of(d.id())).orElse(OptionalLong.empty());
    }

    @Override
    public UserFields userFields(long deviceId) {
        return service.devicesProperty().get().byId(deviceId).map(KnownDevice::user).orElse(UserFields.NONE);
    }

    @Override
    public void save(long deviceId, UserFields fields) {
        service.saveUserFields(deviceId, fields);
    }

    @Override
    public void forget(long deviceId, Printer p) {
        service.forget(deviceId, () -> forgotten.accept(p));
    }

    @Override
    public void supplyHistory(long deviceId, Consumer<List<SupplySeries>> then) {
        service.supplyHistory(deviceId, then);
    }

    @Override
    public Observable devicesChanged() {
        return service.reloadsProperty();
    }

    @Override
    public ObservableValue<String> problem() {
        return service.problemProperty();
    }
}
