// FolioRender: placeholder until its first file lands.
