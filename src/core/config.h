/*
 * rectrack — configuration (rectrack(1)): the settings, their defaults
 * and the rules their values follow.  The file is read by
 * formats/config_file.h.
 */
#ifndef RT_CONFIG_H
#define RT_CONFIG_H

#include <stddef.h>
#include <stdint.h>

struct rt_error;

#define RT_MAX_BUCKETS 16

/* An agency's audit liaison, copied on the digests of the officials of
 * the agency and of its sub-agencies (follow_up.agency_cc). */
struct rt_agency_cc {
	char *agency;			/* agency code */
	char *email;
};

/* The follow-up settings (docs/follow-up.md): the queues' window, and
 * what the e-mail digests are sent as and to. */
struct rt_follow_up {
	int due_within_days;		/* default 30 */
	int escalate_after_days;	/* default 30 */
	char *from;			/* the digests' sender; NULL: not set */
	char *from_name;		/* NULL: none */
	char **cc;			/* copied on every digest */
	size_t ncc;
	struct rt_agency_cc *agency_cc;
	size_t nagency_cc;
	char *sendmail;			/* NULL: /usr/sbin/sendmail */
};

struct rt_config {
	char *path;			/* file it came from; NULL: defaults */
	char *database;			/* NULL when not set */
	char *actor;			/* NULL when not set */
	int fy_start_month;		/* 1-12, default 10 */
	int resolution_deadline_days;	/* default 183 */
	int buckets[RT_MAX_BUCKETS];	/* ascending day limits */
	size_t nbuckets;		/* default 4: 183, 365, 730, 1826 */
	unsigned require_resolve;	/* enum rt_require mask; default
					   RT_REQ_TARGET_DATE */
	unsigned require_close_implemented;	/* default 0 */
	/* closure and extensions only through an approved request
	 * (require.approval), and never approved by the one who asked
	 * (require.separate_approver); both default 0 (docs/closure.md) */
	int require_approval;
	int require_separate_approver;
	/* evidence files: the largest one (evidence.max_file_size, default
	 * 50 MiB) and the most all of them may hold together
	 * (evidence.max_total_size; 0, the default: no limit), in bytes */
	int64_t evidence_max_file;
	int64_t evidence_max_total;
	/* CSV written with a UTF-8 byte-order mark, for Excel (csv.bom;
	 * default 0); --bom asks for it on one command */
	int csv_bom;
	/* OSCAL POA&M (docs/oscal.md): the system the plan is about
	 * (oscal.system_id; NULL: not set, export --format oscal-poam
	 * refuses), and the scheme that identifier is in
	 * (oscal.system_id_type, a URI; NULL: not set) */
	char *oscal_system_id;
	char *oscal_system_id_type;
	/* vocabulary: the status (enum rt_status) a recommendation gets
	 * from each GAO status (enum rt_gao_status order: Open, Open--
	 * Partially Addressed, Closed--Implemented, Closed--Not
	 * Implemented), and the flag (enum rt_flag) GAO's Priority sets */
	int gao_status[4];
	int gao_priority_flag;
	struct rt_follow_up follow_up;
};

/* Fill cfg with the defaults rectrack(1) states (no allocation). */
void rt_config_defaults(struct rt_config *cfg);

/* The longest span of days a setting may give: a hundred years. */
#define RT_CONFIG_MAX_DAYS	36500

/*
 * A whole number from 1 to max as the configuration writes one: digits
 * only, no sign, no leading zero.  0 and *out set, or -1.
 */
int rt_config_number(const char *s, int max, int *out);

/* The largest size a setting may give: 1 TiB. */
#define RT_CONFIG_MAX_SIZE	((int64_t)1 << 40)

/*
 * A size as the configuration writes one: a whole number of bytes, or a
 * whole number followed by KiB, MiB, GiB or TiB (a space between them
 * allowed), from 1 byte to RT_CONFIG_MAX_SIZE.  0 and *out set, or -1.
 */
int rt_config_size(const char *s, int64_t *out);

/*
 * Find the configuration file (rectrack(1)): explicit (from --config) if not
 * NULL, else $RECTRACK_CONFIG if set and non-empty — both must exist
 * (RT_EIO otherwise) — else ./rectrack.yaml if it exists, else
 * $XDG_CONFIG_HOME/rectrack/config.yaml (XDG_CONFIG_HOME defaulting to
 * $HOME/.config) if it exists.  *path is a new string or NULL when there
 * is no file (which is fine).
 */
struct rt_error *rt_config_find(const char *explicit_path, char **path);

/* Free the strings in cfg (not cfg itself). */
void rt_config_free(struct rt_config *cfg);
/* Free the strings of the follow-up settings, leaving its numbers. */
void rt_follow_up_free(struct rt_follow_up *fu);

#endif
