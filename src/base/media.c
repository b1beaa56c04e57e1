#include "base/media.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *ext, *type;
} types[] = {
	{ "pdf", "application/pdf" },
	{ "doc", "application/msword" },
	{ "docx", "application/vnd.openxmlformats-officedocument."
	    "wordprocessingml.document" },
	{ "xls", "application/vnd.ms-excel" },
	{ "xlsx", "application/vnd.openxmlformats-officedocument."
	    "spreadsheetml.sheet" },
	{ "ppt", "application/vnd.ms-powerpoint" },
	{ "pptx", "application/vnd.openxmlformats-officedocument."
	    "presentationml.presentation" },
	{ "csv", "text/csv" },
	{ "txt", "text/plain" },
	{ "md", "text/markdown" },
	{ "html", "text/html" },
	{ "htm", "text/html" },
	{ "json", "application/json" },
	{ "xml", "application/xml" },
	{ "yaml", "application/yaml" },
	{ "yml", "application/yaml" },
	{ "png", "image/png" },
	{ "jpg", "image/jpeg" },
	{ "jpeg", "image/jpeg" },
	{ "gif", "image/gif" },
	{ "tif", "image/tiff" },
	{ "tiff", "image/tiff" },
	{ "zip", "application/zip" },
	{ "eml", "message/rfc822" },
	{ "msg", "application/vnd.ms-outlook" },
};

const char *
rt_media_type(const char *name)
{
	const char *dot;
	size_t i;

	if (name == NULL || (dot = strrchr(name, '.')) == NULL ||
	    dot == name || strchr(dot, '/') != NULL)
		return "application/octet-stream";
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (strcasecmp(dot + 1, types[i].ext) == 0)
			return types[i].type;
	return "application/octet-stream";
}
