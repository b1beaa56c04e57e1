/*
 * rectrack — the hash chain of the history.  Every event carries the
 * SHA-256 of the previous event's hash and a canonical encoding of its
 * own fields, so that an event altered, deleted or inserted behind
 * rectrack's back breaks the chain at that event, and the hash of the
 * last event (the head) stands for the whole history before it.
 *
 * The canonical encoding (docs/corrections.md): the bytes
 * "rectrack-event-1", then the previous hash as 64 hex digits (none for
 * the first event), then each field in this order, each either the byte
 * 0 (absent) or the byte 1, its length in bytes as 8 bytes big-endian
 * and its bytes: subject ("REPORT#NUMBER"), at, effective, actor, kind,
 * field, old, new, note, voids (the hash of the event a void voids).
 * Nothing that differs between databases holding the same history (row
 * ids, change set numbers) is part of it, so that a copy or an export
 * imported into an empty database has the same chain.
 */
#ifndef RT_CHAIN_H
#define RT_CHAIN_H

/* A hash in hex with its NUL. */
#define RT_HASH_SIZE 65

struct rt_chain_fields {
	const char *subject, *at, *effective, *actor, *kind, *field, *old,
	    *new, *note, *voids;	/* NULL: absent */
};

/*
 * The hash of an event with fields f after the event whose hash is prev
 * ("" or NULL for the first event), in lowercase hex into out.  Returns
 * 0, or -1 when the hash cannot be computed (out of memory in the
 * library); out is then "".
 */
int rt_chain_hash(const char *prev, const struct rt_chain_fields *f,
    char out[RT_HASH_SIZE]);

/* 1 when s is a hash as rt_chain_hash writes it (64 lowercase hex
 * digits), else 0. */
int rt_chain_hash_valid(const char *s);

#endif
