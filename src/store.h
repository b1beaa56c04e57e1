/* rectrack — the store interface (being written). */
#ifndef RT_STORE_H
#define RT_STORE_H
#endif
