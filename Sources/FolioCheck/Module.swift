// FolioCheck: placeholder until its first file lands.
