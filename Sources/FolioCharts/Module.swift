// FolioCharts: placeholder until its first file lands.
