/* table.h: print query rows as aligned columns for people. */
#ifndef HEARTH_CTL_TABLE_H
#define HEARTH_CTL_TABLE_H

struct db_rows;

/* Print the rows under the given headings (one per column). */
void table_print(const struct db_rows *rows, const char *const *headings);

#endif
