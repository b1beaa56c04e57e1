/*
 * rectrack — the media type of an evidence file, from its name's
 * extension (the part after the last '.', any case) by a small fixed
 * table of the formats audit follow-up work sends: documents,
 * spreadsheets, slides, text, data, images, archives and mail.  Nothing
 * is stored: the type is derived again wherever it is shown.
 */
#ifndef RT_MEDIA_H
#define RT_MEDIA_H

/* "application/pdf" for "report.PDF"; "application/octet-stream" for an
 * extension not in the table or a name without one (static). */
const char *rt_media_type(const char *name);

#endif
