/* page_list.h: the C pages, one file each: their page_ops, for pages.c to
 * build the pages from (and for no one else; a screen's other offers are in
 * its own header). */
#ifndef HEARTH_UI_PAGE_LIST_H
#define HEARTH_UI_PAGE_LIST_H

struct page_ops;

extern const struct page_ops find_page, client_page, form_page, paused_page, caseload_page,
       config_page, workflow_page, named_form_page, client_paused_page, merge_page,
       address_report_page, files_page, documents_page, photo_page, families_page,
       family_members_page, find_family_page, compare_page,
       provider_page, related_page, case_page;

#endif
