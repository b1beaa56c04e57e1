/*
 * floor_parse — the least any YAML import can do: read FILE with the
 * libyaml event API and count the events.  The parse floor of the
 * import benchmark.
 */
#include <stdio.h>
#include <yaml.h>

int
main(int argc, char **argv)
{
	yaml_parser_t p;
	yaml_event_t ev;
	unsigned long n = 0;
	FILE *fp;
	int done = 0;

	if (argc != 2 || (fp = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: floor_parse FILE\n");
		return 2;
	}
	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, fp);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			fprintf(stderr, "floor_parse: %s\n", p.problem);
			return 1;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		n++;
	}
	yaml_parser_delete(&p);
	fclose(fp);
	printf("%lu events\n", n);
	return 0;
}
