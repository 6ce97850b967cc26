/* The floor of `make bench` (Benchmarks/README.md): what Cairo alone costs to write the pages Folio writes.
 *
 * PAGES A4 pages of 22 lines × 28 full-width characters on Folio's grid (GB/T 9704 §5.2.3: type area 156 × 225 mm at
 * 28 mm / 37 mm from the left / top edges, 16 pt characters on a 15.793 pt pitch, lines 28.95 pt apart), the
 * characters taken in order, over and over, from TEXT (UTF-8: the report's own text, `folio text`), each line one
 * `cairo_show_text_glyphs` call with one cluster per character (as Folio draws, so the PDF keeps the source
 * text), in the face FONT, loaded by FreeType and handed whole to Cairo. No layout, no shaping (glyph ids from the
 * font's cmap), no finishing step.
 *
 * By default each glyph's advance equals the pitch (the face at 15.793 pt, drawn 1:1), so Cairo writes no
 * adjustment between glyphs: the cheapest Cairo can write these pages. `--tracked` draws at 16 pt on the 15.793 pt
 * pitch, so Cairo writes an adjustment between every pair (what Folio wrote before its subset faces carried the
 * grid's advance).
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs cairo freetype2)
 * Usage: floor FONT TEXT PAGES OUT.pdf [--tracked]
 */
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MM (72.0 / 25.4)
#define COLUMNS 28
#define LINES 22

/* Decodes one UTF-8 character at s (length n), storing its byte count in *len; 0 at a malformed byte. */
static unsigned decode(const unsigned char *s, size_t n, int *len) {
    if (s[0] < 0x80) { *len = 1; return s[0]; }
    if ((s[0] & 0xE0) == 0xC0 && n >= 2) { *len = 2; return (s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu); }
    if ((s[0] & 0xF0) == 0xE0 && n >= 3) {
        *len = 3; return (s[0] & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
    }
    if ((s[0] & 0xF8) == 0xF0 && n >= 4) {
        *len = 4; return (s[0] & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    }
    *len = 1; return 0;
}

int main(int argc, char **argv) {
    if (argc < 5) { fprintf(stderr, "usage: floor FONT TEXT PAGES OUT.pdf [--tracked]\n"); return 2; }
    int tracked = argc > 5 && strcmp(argv[5], "--tracked") == 0;
    long pages = strtol(argv[3], NULL, 10);
    FILE *f = fopen(argv[2], "rb");
    if (!f || pages <= 0) { fprintf(stderr, "floor: cannot read %s\n", argv[2]); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) { fprintf(stderr, "floor: read failed\n"); return 1; }
    fclose(f);

    FT_Library library;
    FT_Face face;
    if (FT_Init_FreeType(&library) || FT_New_Face(library, argv[1], 0, &face)) {
        fprintf(stderr, "floor: cannot open %s\n", argv[1]); return 1;
    }
    /* The text's full-width characters (U+2E80 and above) the face has: what fills Folio's grid. */
    size_t count = 0;
    unsigned *glyphs = malloc(sizeof(unsigned) * (size_t)size);
    long *offsets = malloc(sizeof(long) * (size_t)size);
    int *lengths = malloc(sizeof(int) * (size_t)size);
    for (long i = 0; i < size;) {
        int len;
        unsigned c = decode(text + i, (size_t)(size - i), &len);
        unsigned g = c >= 0x2E80 ? FT_Get_Char_Index(face, c) : 0;
        if (g) { glyphs[count] = g; offsets[count] = i; lengths[count] = len; count++; }
        i += len;
    }
    if (count == 0) { fprintf(stderr, "floor: no full-width character of the text is in the face\n"); return 1; }

    double width = 210 * MM, height = 297 * MM, left = 28 * MM, top = 37 * MM;
    double pitch = 156 * MM / COLUMNS, line = 28.95, em = 16;
    cairo_surface_t *surface = cairo_pdf_surface_create(argv[4], width, height);
    cairo_t *cr = cairo_create(surface);
    cairo_font_face_t *font = cairo_ft_font_face_create_for_ft_face(face, 0);
    cairo_set_font_face(cr, font);
    cairo_set_font_size(cr, tracked ? em : pitch);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_glyph_t run[COLUMNS];
    cairo_text_cluster_t clusters[COLUMNS];
    char utf8[COLUMNS * 4];
    size_t next = 0;
    for (long p = 0; p < pages; p++) {
        for (int l = 0; l < LINES; l++) {
            double baseline = top + l * line + (line - em) / 2 + em * 0.88;
            int bytes = 0;
            for (int k = 0; k < COLUMNS; k++, next = (next + 1) % count) {
                run[k].index = glyphs[next];
                run[k].x = left + k * pitch;
                run[k].y = baseline;
                memcpy(utf8 + bytes, text + offsets[next], (size_t)lengths[next]);
                bytes += lengths[next];
                clusters[k].num_bytes = lengths[next];
                clusters[k].num_glyphs = 1;
            }
            cairo_show_text_glyphs(cr, utf8, bytes, run, COLUMNS, clusters, COLUMNS, 0);
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    cairo_font_face_destroy(font);
    FT_Done_Face(face);
    FT_Done_FreeType(library);
    if (status != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "floor: %s\n", cairo_status_to_string(status)); return 1; }
    return 0;
}
