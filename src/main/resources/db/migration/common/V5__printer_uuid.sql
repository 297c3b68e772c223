-- Printers found only over IPP or DNS-SD tell no MAC, but a printer UUID (IPP printer-uuid, TXT "UUID"): the
-- inventory keys such a device by it, so its notes and history stay when DHCP gives it another address (issue 12).
-- Lower case, without "urn:uuid:"; null when unknown. Not unique: a hostile announcement may repeat another
-- printer's UUID, and the recorder decides (the first device with it keeps it).
ALTER TABLE device ADD COLUMN uuid TEXT;
CREATE INDEX device_by_uuid ON device (uuid);
