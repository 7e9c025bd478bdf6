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
 * SQL. Prints the two medians of the execution time in milliseconds, the
 * median of the per-turn ratios B/A and of the per-turn differences B-A (the
 * time the sharing rules add), then the same of planning and execution
 * together: "a_ms b_ms ratio added_ms a_total b_total total_ratio
 * total_added_ms".
 *
 * Both sessions' server processes are pinned to one CPU, and this program
 * to the others: the turns never overlap, so they do not compete, and on a
 * machine whose CPUs run at different speeds (a virtual machine whose
 * neighbours load one core) the same query by the same role in two
 * unpinned sessions was measured anywhere from 0.5 to 2 times as slow;
 * pinned, 0.98 to 1.01. Pinning needs the right to set another process's
 * affinity (the same user as the server, or root); without it a line on
 * stderr says the two were not pinned.
 * Build: cc -o pair pair.c -lpq (bench/run does). */
#define _GNU_SOURCE
#include <libpq-fe.h>
#include <sched.h>
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

/* The time named `what` ("Execution Time") in a JSON plan, in milliseconds. */
static double plan_time(const char *plan, const char *what)
{
	const char *at = strstr(plan, what);

	if (!at) {
		fprintf(stderr, "pair: no %s in the plan\n", what);
		exit(1);
	}
	return strtod(at + strlen(what), NULL);
}

/* The execution time of one EXPLAIN ANALYZE of sql, in milliseconds, and
 * with planning added in *total. */
static double run_once(PGconn *c, const char *explain, double *total)
{
	PGresult *r = PQexec(c, explain);
	const char *plan;
	double ms;

	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		fprintf(stderr, "pair: %s", PQerrorMessage(c));
		exit(1);
	}
	plan = PQgetvalue(r, 0, 0);
	ms = plan_time(plan, "\"Execution Time\": ");
	*total = ms + plan_time(plan, "\"Planning Time\": ");
	PQclear(r);
	return ms;
}

/* Pins both servers to the first CPU this program may use, and this program
 * to the rest (if any). */
static void pin_to_one_cpu(PGconn *a, PGconn *b)
{
	cpu_set_t mine, one;
	int cpu;

	if (sched_getaffinity(0, sizeof mine, &mine) != 0)
		return;
	for (cpu = 0; cpu < CPU_SETSIZE && !CPU_ISSET(cpu, &mine); cpu++)
		;
	if (cpu == CPU_SETSIZE)
		return;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	if (sched_setaffinity(PQbackendPID(a), sizeof one, &one) != 0 ||
	    sched_setaffinity(PQbackendPID(b), sizeof one, &one) != 0) {
		perror("pair: the two sessions are not pinned to one CPU");
		return;
	}
	CPU_CLR(cpu, &mine);
	if (CPU_COUNT(&mine) > 0)
		sched_setaffinity(0, sizeof mine, &mine);
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

/* One series of measures: a's and b's, the per-turn ratios b/a and
 * differences b-a. */
struct series {
	double *a, *b, *ratio, *added;
};

static void series_alloc(struct series *s, int runs)
{
	s->a = calloc((size_t)runs, sizeof *s->a);
	s->b = calloc((size_t)runs, sizeof *s->b);
	s->ratio = calloc((size_t)runs, sizeof *s->ratio);
	s->added = calloc((size_t)runs, sizeof *s->added);
	if (!s->a || !s->b || !s->ratio || !s->added)
		exit(1);
}

static void series_put(struct series *s, int i, double a, double b)
{
	s->a[i] = a;
	s->b[i] = b;
	s->ratio[i] = b / (a > 0.001 ? a : 0.001);
	s->added[i] = b - a;
}

static void series_print(struct series *s, int runs, const char *end)
{
	printf("%.3f %.3f %.2f %.3f%s", median(s->a, runs), median(s->b, runs),
	       median(s->ratio, runs), median(s->added, runs), end);
	free(s->a);
	free(s->b);
	free(s->ratio);
	free(s->added);
}

int main(int argc, char **argv)
{
	int runs, i;
	PGconn *a, *b;
	char *ea, *eb;
	struct series exec, total;
	double xa, xb, ta, tb;

	if (argc != 8 || (runs = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: pair RUNS CONNINFO_A SETUP_A SQL_A CONNINFO_B SETUP_B SQL_B\n");
		return 2;
	}
	a = open_session(argv[2], argv[3]);
	b = open_session(argv[5], argv[6]);
	pin_to_one_cpu(a, b);
	ea = explain(argv[4]);
	eb = explain(argv[7]);
	series_alloc(&exec, runs);
	series_alloc(&total, runs);
	for (i = 0; i < WARM; i++) {
		run_once(a, ea, &ta);
		run_once(b, eb, &tb);
	}
	for (i = 0; i < runs; i++) {
		/* alternate who goes first, so that neither always follows the other */
		if (i % 2) {
			xb = run_once(b, eb, &tb);
			xa = run_once(a, ea, &ta);
		} else {
			xa = run_once(a, ea, &ta);
			xb = run_once(b, eb, &tb);
		}
		series_put(&exec, i, xa, xb);
		series_put(&total, i, ta, tb);
	}
	series_print(&exec, runs, " ");
	series_print(&total, runs, "\n");
	PQfinish(a);
	PQfinish(b);
	free(ea);
	free(eb);
	return 0;
}
