/* bench/pair.c: the server time of one query for two sessions, measured in
 * turns. bench/run compares a regular user (under RLS) with the database
 * owner; on a machine shared with other work, measuring one after the other
 * compares two different moments, so each run here is one statement of the
 * first session immediately followed by the same of the second.
 *
 *   pair RUNS CONNINFO_A SETUP_A SQL_A CONNINFO_B SETUP_B SQL_B
 *
 * Each session runs its SETUP (any statements, may be empty) and six
 * warm-up runs first (after which PL/pgSQL keeps its plans, as in a long
 * hearth session); then RUNS turns of EXPLAIN (ANALYZE, TIMING OFF) of each
 * SQL. Prints the two medians of the execution time in milliseconds and the
 * median of the per-turn ratios B/A: "a_ms b_ms ratio".
 * Build: cc -o pair pair.c -lpq (bench/run does). */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WARM 6

static PGconn *open_session(const char *conninfo, const char *setup)
{
	PGconn *c = PQconnectdb(conninfo);
	PGresult *r;

	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "pair: %s", PQerrorMessage(c));
		exit(1);
	}
	if (*setup) {
		r = PQexec(c, setup);
		if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
			fprintf(stderr, "pair: set-up: %s", PQerrorMessage(c));
			exit(1);
		}
		PQclear(r);
	}
	return c;
}

/* The execution time of one EXPLAIN ANALYZE of sql, in milliseconds. */
static double run_once(PGconn *c, const char *explain)
{
	PGresult *r = PQexec(c, explain);
	const char *plan, *at;
	double ms;

	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		fprintf(stderr, "pair: %s", PQerrorMessage(c));
		exit(1);
	}
	plan = PQgetvalue(r, 0, 0);
	at = strstr(plan, "\"Execution Time\": ");
	if (!at) {
		fprintf(stderr, "pair: no execution time in the plan\n");
		exit(1);
	}
	ms = strtod(at + strlen("\"Execution Time\": "), NULL);
	PQclear(r);
	return ms;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static char *explain(const char *sql)
{
	static const char head[] = "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ";
	char *s = malloc(sizeof head + strlen(sql));

	if (!s)
		exit(1);
	strcpy(s, head);
	strcat(s, sql);
	return s;
}

int main(int argc, char **argv)
{
	int runs, i;
	PGconn *a, *b;
	char *ea, *eb;
	double *ta, *tb, *ratio;

	if (argc != 8 || (runs = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: pair RUNS CONNINFO_A SETUP_A SQL_A CONNINFO_B SETUP_B SQL_B\n");
		return 2;
	}
	a = open_session(argv[2], argv[3]);
	b = open_session(argv[5], argv[6]);
	ea = explain(argv[4]);
	eb = explain(argv[7]);
	ta = calloc((size_t)runs, sizeof *ta);
	tb = calloc((size_t)runs, sizeof *tb);
	ratio = calloc((size_t)runs, sizeof *ratio);
	if (!ta || !tb || !ratio)
		return 1;
	for (i = 0; i < WARM; i++) {
		run_once(a, ea);
		run_once(b, eb);
	}
	for (i = 0; i < runs; i++) {
		/* alternate who goes first, so that neither always follows the other */
		if (i % 2) {
			tb[i] = run_once(b, eb);
			ta[i] = run_once(a, ea);
		} else {
			ta[i] = run_once(a, ea);
			tb[i] = run_once(b, eb);
		}
		ratio[i] = tb[i] / (ta[i] > 0.001 ? ta[i] : 0.001);
	}
	printf("%.3f %.3f %.2f\n", median(ta, runs), median(tb, runs), median(ratio, runs));
	PQfinish(a);
	PQfinish(b);
	free(ea);
	free(eb);
	free(ta);
	free(tb);
	free(ratio);
	return 0;
}
