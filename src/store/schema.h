/* rectrack — the schema scripts (schema/NNN-name.sql), embedded at build
 * time by the Makefile. */
#ifndef RT_SCHEMA_H
#define RT_SCHEMA_H

struct rt_schema_script {
	const char *name;	/* "schema/001-initial.sql" */
	const char *sql;	/* its text */
};

/* Script i (0-based) takes the database from user_version i to i + 1. */
extern const struct rt_schema_script rt_schema[];
extern const int rt_schema_count;

/* The same for a PostgreSQL database (schema/postgresql/NNN-name.sql). */
extern const struct rt_schema_script rt_pg_schema[];
extern const int rt_pg_schema_count;

#endif
