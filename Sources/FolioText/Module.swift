// FolioText: placeholder until its first file lands.
