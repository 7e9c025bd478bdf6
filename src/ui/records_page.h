/* records_page.h: a form's list of records (records_page.c), the page every
 * form that declares one gets (pages.c makes them): its page_ops, and the
 * state of one such page. */
#ifndef HEARTH_UI_RECORDS_PAGE_H
#define HEARTH_UI_RECORDS_PAGE_H

struct page_ops;

extern const struct page_ops records_page;
/* A records page's own state (struct page's `state`); the page frees it. */
void *records_state_new(void);

#endif
