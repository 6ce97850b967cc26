// Folio: placeholder until its first file lands.
