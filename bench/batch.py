"""Batch throughput and memory: `whatcauses batch` on the dev phenopackets and on notes.

    .venv/bin/python bench/batch.py                     # every row, all 3,723 dev cases
    .venv/bin/python bench/batch.py --cases 500 --only local
    .venv/bin/python bench/batch.py --only cluster --json

Rows (each one fresh `whatcauses batch` process, warm cache, start-up included):

* ``--top 10 --evidence all|top|none`` with ``--workers 1`` and ``2`` (forked workers);
* ``--scheduler local:1`` and ``local:2`` (a Dask LocalCluster on 127.0.0.1; cluster start-up
  and each worker's engine load included), ``--evidence top``;
* ``--input text`` on notes: clinical-style notes written from the dev phenopackets' own
  feature labels ("8-year-old girl with high forehead, ...; no cleft palate"), and the 105
  plain-language dev questions (bench/data/questions_dev.yaml) repeated to the same count.

Figures: cases/s over the wall time; CPU seconds of the whole process tree (user + system,
from ``os.wait4``, which adds the reaped workers); the largest single process's peak RSS
(``ru_maxrss``: the issue's <= 300 MB target); and the peak of the tree's summed PSS (shared
copy-on-write pages counted once), sampled from /proc. Runs with the same settings must
write the same bytes; the ``same`` column checks it against the first run of its settings.
The machine is shared: the header gives the load average, and cases per CPU second is the
figure least disturbed by other work. The output digest holds the input's temporary path (the
``source`` field), so it compares runs within one invocation only.

Measured 2026-12-02 on the 2-core development machine, shared with other jobs (load averages
7 to 14: wall-clock rates are far below what the CPU figures allow). ``--cases 500 --only
local``, cases per CPU second (start-up included, about 1 CPU-s at that load), peak RSS of the
largest process; "before" is main at e395e1e, run back to back with "after" (load 9 to 10):

=====================  ============  ============  ===========  ===========
run                    before /CPU-s after /CPU-s  before RSS   after RSS
=====================  ============  ============  ===========  ===========
evidence all, 1 / 2    56 / 61       83 / 87       217 / 202    179 / 147
evidence top, 1 / 2    83 / 86       152 / 136     214 / 202    178 / 139
evidence none, 1 / 2   93 / 95       158 / 134     214 / 202    176 / 138
=====================  ============  ============  ===========  ===========

All 3,723 dev cases (after; load 7 to 10, the test suite running beside it): evidence all
122 / 103, top 187 / 196, none 254 / 243 cases per CPU-s with 1 / 2 workers, peak RSS 215 MB.
In process, from the second pass over the same 500 cases on (every finding's vectors in
memory), ``--evidence top`` costs 3.6 to 4.1 ms a case against 9.5 before. The output is byte
for byte that of before for every setting (checked on all dev cases, evidence none/top/all,
and on notes and questions).

What the time went to and what changed: each finding's likelihood-ratio vector holds one
value for almost every disease (about 400 of 12,854 differ), so the ranker remembers them
sparse (rank/sparse.py) and sums logarithms only where one differs, in the original order;
ages and sexes are remembered as log vectors; the 200th best score is selected among those
above a sampled bound (ties made numpy's selection slow); evidence reads all vectors at the
shown members at once; ids are resolved once per process; start-up tables no longer expand
every annotation's ancestors. What remains, per case: the calibrated re-scoring
(rank/calibration.py, about a fifth), explaining the shown candidates' findings
(``LikelihoodModel.explain_many``, most of ``--evidence all``), a finding's first use (150 to
240 microseconds: the dense model vectors, the sex-limited check), and result records. A
500-case run at 500 cases/s would have to finish in one second, start-up included: on this
machine the start-up (imports, the Orphanet tables, the calibration profiles) alone takes
0.6 to 1 CPU-s, so the target is within reach only on longer runs with an idle machine
(about 250 to 300 cases per CPU-s per worker from the second use of each finding on).

Second round (2026-12-02, load 6 to 10; "before" is main at 8b74777, run back to back). All
3,723 cases, one process, CPU seconds of ``whatcauses batch --top 10`` (user + system):
evidence top 19.8 -> 17.5 (188 -> 213 cases per CPU-s), none 16.1 -> 13.9 (231 -> 268), all
35.1 -> 32.4 (106 -> 115); this script's rows, run back to back at load 6 to 7: top 155 ->
186 / 160 -> 192 with 1 / 2 workers, none 202 -> 227 / 215 -> 213, all 102 -> 105 / 99 -> 95
(the same bytes in every setting). Again at load 2: top 18.1 -> 14.5 CPU-s (206 -> 258 cases
per CPU-s, 204 -> 254 cases/s), none 14.3 -> 13.7, all 29.1 -> 29.2 (no gain with all
evidence; peak RSS 220 -> 244 MB there, the remembered evidence). In process, a second pass
over the same 1,000 cases (every finding remembered) costs about 3.1 ms a case with
``--evidence top`` against about 5 before. What changed: the (disease, finding) evidence
pairs and the evidence items built from them are remembered (bounded, two generations); the
posterior is computed from the re-scored candidates only (``exp`` of the other diseases'
``-inf`` cost more than the rest of it); the calibration reads the remembered log vectors
instead of taking logarithms again; sparse sums and gathers fill one matrix (one binary
search per vector for one or two keys); a lone candidate's own ratios are no longer read for
its evidence; twin-group unions use ``reduceat``; a finding's first vector reads all its
ancestors' columns at once. What remains, in one process on all cases (``--evidence top``):
the calibration features about 15 %, the sums of log ratios about 15 %, a finding's first
use (its vectors) about 10 %, evidence for new (disease, finding) pairs 5 to 8 %, result
objects and dicts about 10 %, start-up about 1 CPU-s (imports, the Orphanet tables, onset
ranges).

Third round (2026-12-02; "before" is main at 2096496, run back to back with "after" on a quiet
machine, load 0.2 to 1.2, all 3,723 cases, one fresh process each, CPU of the process tree):

=====================  ==================  ==================  ================  ===============
run                    before CPU-s        after CPU-s         before cases/s    after cases/s
=====================  ==================  ==================  ================  ===============
evidence top, 1 / 2    18.7 / 19.0         14.5 / 16.0         200 / 372         257 / 443
evidence none, 1 / 2   14.6 / 14.4         14.6 / 14.7         257 / 484         258 / 465
=====================  ==================  ==================  ================  ===============

(199 -> 257 cases per CPU-s with ``--evidence top`` in one process. Even at load 1 the CPU
figures of one command vary by 20 %: ``none`` run twice more each, back to back, gave before
13.3 / 15.8 and 15.9 / 13.7 CPU-s, after 10.7 / 13.1 and 14.8 / 13.2 (1 / 2 workers), best
walls 7.3 s before and 7.1 s after with 2 workers, 510 and 524 cases/s; in process, without
start-up, ``none`` costs 3.24 -> 2.78 ms a case. Peak RSS 229 / 180 MB with 1 / 2 workers; the
same bytes before and after in every row, checked with ``cmp``, and for ``--evidence all``
too.) This script's rows, back to back but at different loads (7.5 before, falling from 6 to
0.2 after): all 50.0 -> 37.6 / 46.6 -> 40.8 CPU-s, top 21.5 -> 18.5 / 25.3 -> 21.2, none 19.4
-> 12.3 / 20.4 -> 16.8 with 1 / 2 workers. The >= 500 cases/s target is not met: 443 cases/s
with 2 workers and evidence.

What changed: an evidence pass (``LikelihoodModel._explain_pass``, a case's first candidate
with findings not seen with it before: 70 % of dev cases) cost about 1 ms, half of it the
partial credit through the findings' parents, one numpy search per parent (whose int32
column was converted for each int64 key) and ``np.isin`` twice; the parents' model columns
are now searched at once among their sorted ``term * n + disease`` keys (9 MB, built before
the fork) and the other lookups read tables: about 0.6 ms a pass. ``concatenated_ranges``
and ``expand_ancestors`` build their index arrays with one ``repeat`` fewer. Sparse sums add
each vector's default densely and put its exceptions back (the same additions, in the same
order); in isolation half the time of the compact matrix, on a loaded machine.

The cost of two workers: in the parent 1.7 CPU-s (engine load, warm-up, unpickling and
writing), and in the workers the remembered per-finding vectors and evidence pairs, built in
each worker for the findings both meet (round-robin chunks of 16 from a file ordered by
cohort): with ``--evidence top`` 4,361 observed and 2,872 excluded finding vectors computed
against 3,097 and 1,769 in one process, 2,879 evidence passes against 2,614, about 1.5 CPU-s
in all, as measured above (14.5 -> 16.0). No lazily built table is missing from the parent's
warm-up (checked: none appears on the engine, ranker, model or calibrator after 400 cases).
Chunks of 64 would save only about 15 % of that duplication for four times the memory in
flight, and were not adopted. Where the time goes now (py-spy, one process, all cases,
``--evidence top``, loaded machine): the calibration 25 % (its features 15 %: the lineage of
about 1,000 distinct annotated terms per case), evidence 19 % (passes 9 %), a finding's first
vectors 12 %, the sparse sums 9 %, results to dicts 7 %, gathers 8 %, the depth selection 4 %.

Fourth round (2026-12-03, issue 15 item 5: why do two workers cost more CPU with
``--evidence top``?). Measured at load 2 to 3 unless said, all 3,723 cases, CPU seconds, in
process after the warm-up (so start-up apart): one process 9.1; the same records split into
the pipeline's round-robin chunks of 16 and run as two processes one after the other 9.7
(+0.6: each worker computes its own vectors for the findings both meet, 4,361 observed and
2,872 excluded finding vectors and 2,872 evidence passes against 3,098, 1,769 and 2,603 in one
process); the same two processes at the same time 11.2 (+1.5, +15 %: the two vCPUs slow each
other down; with ``--evidence none`` +8 %, 7.6 -> 8.2). The parent adds imports (0.25 to 0.3),
the engine (0.05), the warm-up (0.28: Orphanet tables 0.10, prevalence figures 0.06,
calibration profiles 0.05, onset ranges 0.03, a first ranking 0.03) and the chunks' traffic
(about 0.3 for 63 MB of output with ``--evidence top``, 17 kB a case). Not a cause: garbage
collection (0.18 CPU-s a run in one process, 0.10 with ``gc.freeze()``; the workers inherit
the frozen engine), copy-on-write (about 25,000 minor faults a worker, 0.3 s of system time
for both), pickling. Contiguous blocks rather than round-robin chunks would not remove the
duplication: with blocks of 64 chunks (1,024 records) each worker still computes 3,990 /
2,359 finding vectors and 2,648 passes in all, as the common findings recur through the file.
On this machine the same command's CPU time varies by half with other load (top, one
process: 9.9 CPU-s at load 2.6, 14.6 to 22.8 at load 5 to 8), which is most of the spread
between rows measured at different times. Tried and not kept (slower, though the same bytes):
placing a few keys' exceptions by one search over all vectors' concatenated exceptions in
``gather`` (124 -> 314 microseconds a case: long vectors have thousands of exceptions, the
per-vector binary search reads a dozen entries); ``sequential_sum`` over the union of the
vectors' exceptions (119 -> 347 microseconds a call) or with ``take``/``put`` (-> 182). Of
the 2.4 ms a case ``--evidence top`` takes in one process (load 2 to 3), the result
dicts take about 0.25 ms, 0.08 ms of it ``round(x, 6)`` of the score terms (140 a case),
which the output format needs.

Fifth round (2026-12-03, issue 15; "before" is main at c4420d9). The machine was heavily
shared (load 6 to 14), so before and after ran in process at the same time, side by side,
over all 3,723 cases after the warm-up (/tmp script: ``render_records`` in chunks of 16, CPU
from ``time.process_time``), load 8 to 11: ``--evidence top`` 5.50 -> 5.30 ms a case on the
first pass and 5.59 -> 5.33 on the second, ``none`` 5.41 -> 5.18, ``all`` 12.11 -> 11.65
(about 4 % less CPU; the same output digest in every mode). This script's rows, before at
load 6 to 8 and after at load 4 to 7 (too loaded for the wall clock to mean much): top 29.5 /
28.4 -> 28.2 / 31.1 CPU-s with 1 / 2 workers, none 20.3 / 27.2 -> 21.3 / 22.8, all 56.2 /
54.2 -> 49.2 / 51.3; peak RSS unchanged (216 MB largest process with one worker, 178 with
two). What changed: ``gather`` searches each sparse vector's exceptions for the keys in
ascending order (one ``searchsorted`` per vector, about 120 against 190 microseconds a case
for the calibration's 50 groups) instead of laying every exception out in a disease ->
column table per call; ``ScoreTerm`` (seven per calibrated candidate) is a named tuple,
built in a third of the time of a frozen dataclass. Tried and not kept (same values,
slower): the calibration's ``profile_closeness`` from a precomputed lineage of every
profile entry (2.4 million ancestors, 9 MB; 755 -> 1,107 microseconds a case, as the 50
groups' 3,300 profile entries have far longer lineages together than their 1,100 distinct
terms) and the distinct terms by ``np.unique`` (720 -> 950). Where a warm case's time goes
now (py-spy, 400 cases repeated, ``--evidence none``): the calibration 46 % (the sparse
gather a fifth of it before this round, the lineage maximum of the distinct profile terms
about 30 %), the sparse log sums 12 %, the depth selection 8 %, the finding vectors 7 %,
candidate objects and score terms about 10 %. The 500 cases/s target is still not met.

Sixth round (2026-12-03, issue 15; "before" is main at 1c31ba1, load 4 to 8, both run at the
same time in process after the warm-up, all 3,723 cases, ``render_records`` in chunks of 16,
CPU from ``time.process_time``): ``--evidence top`` 5.18 -> 5.11 ms a case on the first pass
and 4.78 -> 4.35 on the second, ``none`` 4.49 -> 3.98, ``all`` 9.47 -> 9.86 (run after the
others, at a different load: within the noise); the same output digest in every mode. The
calibration features alone, old and new alternating in one process over the 3,723 cases'
captured inputs (bit for bit the same values): 780 to 900 -> 480 to 650 microseconds a case.
``whatcauses batch --top 10 --evidence top --workers 2``, before and after at the same time
(load 5 to 6): 22.2 -> 21.3 CPU-s, the same bytes (``cmp``), largest process 189 -> 215 MB
peak RSS. What changed: the closeness of each profile entry (the IC of the most specific
term it shares with a finding) comes from remembered per-finding-term tables: for each of
the 11,336 annotated terms, one byte naming the finding term's lineage member that is the
most specific common ancestor (``Calibrator._compute_closeness``, about 60 microseconds to
build, 2,686 distinct finding terms in the dev cases, at most ``CLOSENESS_CACHE`` = 4,096
kept, 11 KB each: the 26 MB of added RSS); a case takes the maximum over its finding terms
of two ``take``s over the 50 groups' 3,300 entries, instead of gathering the lineages of
some 1,050 distinct profile terms (10,700 ancestors) and reducing them. The maximum over
the same set of values is the same float (the information content is positive for every
term on this release, so no signed zero can differ). A table's writes are the annotated
terms below each lineage member (26,000 on average; the root, under which every profile
lies, fills it instead) with ``intp`` indices (``int32`` ones were converted on every
write: 160 -> 60 microseconds a table). Each profile entry's information content is also
read from the profiles rather than recomputed per case. Not tried for lack of time: the
per-case ``implied`` lineage of the findings (``covered``, about 0.1 ms), the three
``reduceat`` sums in one call. The 500 cases/s target is still not met: in process the warm
case costs about 4.3 ms (230 cases per CPU-s a worker), so two workers need an idle machine
and less than 4 ms a case.

Seventh round (2026-12-03, issue 15; "before" is main at 4f5a1bb, both run at the same time,
load 8 to 9, all 3,723 cases, ``--only local``), cases per CPU-s before -> after: all 107 ->
109 / 94 -> 94, top 189 -> 196 / 170 -> 172, none 246 -> 243 / 229 -> 238 with 1 / 2 workers
(within the noise); peak RSS 266 / 232, 253 / 210, 231 / 194 MB either way; the same bytes
(``cmp``, evidence none/top/all). What changed: the score terms of a ranking (140 figures for a
calibrated top ten) are rounded in one numpy pass that gives exactly ``round(x, 6)``
(``results.round6``; about 40 microseconds a case). Measured and not kept or not possible:
the calibration cannot re-score fewer than its 50 groups without changing the output, as
each candidate's probability is normalised over all of them; reading the closeness tables at
the groups' ~1,200 distinct terms instead of their ~3,300 entries (same values, no faster).
Where a case's time goes (py-spy, ``--evidence top``): warm, the calibration about 30 %
(features 19, gather 8), evidence 10, result dicts 9, log sums 10, depth selection 7; the
first pass over all cases costs about 1.4 ms a case more than the second (finding vectors
9 %, the evidence pairs' explain pass 11 %, excluded vectors 4 %): the duplicated first uses
in each worker, and the start-up (about 1 CPU-s, most of it imports and Typer), are what
separates two workers from 500 cases/s.

Eighth round (2026-12-03, issue 15; "before" is main at 908fc73; load 5 to 8 throughout, so
wall-clock rates mean little). This script's rows, before then after (the tables for every pass,
before the split below), back to back (load 7.7 and 6.2 at their ends), cases per CPU-s with 1 /
2 workers: all 86 / 91 -> 94 / 80, top 182 / 201 -> 163 / 160, none 246 / 242 -> 233 / 212
(cases/s all 37 / 27 -> 43 / 24, top 43 / 72 -> 47 / 73, none 87 / 90 -> 87 / 94); the spread is
the load's (the same command varies by 20 % and more at this load), not the change's. Peak RSS
of the largest process 266 / 234 -> 271 / 240 (all), 253 / 211 -> 257 / 214 (top), 231 / 194
either way (none).
Before and after at the same time, in process after the warm-up (``render_records`` in
chunks of 16, all cases, CPU from ``time.process_time``): ``--evidence top`` 5.78 -> 5.58 ms
a case on the first pass (evidence 1.14 -> 1.00 ms), 4.10 -> 4.17 on the second (every pair
remembered: no change expected). With ``--evidence all`` the tables were slower (evidence
5.30 -> 5.51 ms a case on the first pass, 4.47 -> 4.78 on the second: a pass there covers all
ten candidates' members, whose tables the cache cannot hold, where the old pass sorted them
all at once), so passes over more than ``TABLE_PASS_DISEASES`` = 1 disease keep the one
vectorised pass (``_explain_pass_vectorised``; not re-measured for lack of time, but it is
main's code for those passes). After that split, ``whatcauses batch --top 10 --evidence top``
on all cases, before and after alternating twice (load 2.7 rising to 5.7): 20.9 / 21.6 ->
19.4 / 18.8 CPU-s with one worker (178 / 172 -> 192 / 198 cases per CPU-s), 24.1 / 24.6 ->
24.0 / 22.6 with two (155 / 151 -> 155 / 165); walls 19 to 47 s, set by the other jobs (at
best 194 cases/s with two workers, before). The same bytes in every setting (``cmp`` against main's
output on all dev cases, evidence none/top/all, one and two workers); accuracy
unchanged (``bench/accuracy.py --systems whatcauses --modes observed``: 60.2 / 69.9 / 78.5
top-1/3/10 before and after). What changed: an explain pass (a case's first candidate with
findings it has not been explained with before) read each disease's best annotation per term
by expanding its annotations' lineage and sorting it three times (``lexsort``) every pass;
each disease's table (``AnnotationTable``: per term at or above an annotation, its best
annotation, and the same among exact ones) is now built once and remembered (at most
``ANNOTATION_TABLE_CACHE`` = 1,024 diseases, about 4 KB each; with ``--evidence all`` on
1,500 cases 73 % of the lookups find one), leaving the partial credit as the pass's only
vectorised work. Start-up: the calibration profiles take each (group, term)'s largest
frequency by one sort and ``fmax.reduceat`` instead of a ``lexsort`` on two keys (about
0.05 s less). Measured and not kept: ``np.maximum.at`` in ``match_probability`` against a
sort and ``maximum.reduceat`` (the ``at`` is faster on numpy 2.4, 30 against 66
microseconds a finding); raising the collector's threshold (collections cost 0.7 % of a
batch once ``gc.freeze`` runs). The 500 cases/s target is not met and could not be measured
near it on this machine this round. What remains, by the first pass's costs in one process
(``--evidence top``, load 5 to 6, 4.9 ms a case, against 3.7 on the second pass): the
calibration about 1.2 ms a case on either pass (its per-finding closeness ``take`` loop,
the sparse ``gather``), evidence 1.0 ms on the first pass and 0.4 on the second, a finding's
first vectors (``match_probability`` about 160 microseconds, the excluded ``absent_frequency``
about 140, under load), result dicts. With the first uses gone the warm cost (3.7 ms here,
about 2.5 at low load) would give two workers 500 cases/s at low load; the flat profile
leaves no single step above 10 %, so the next step is the one the notes name, scoring many
cases per numpy call (the calibration's fixed cost per case), or a shared store of first
uses.

Ninth round (2026-12-03, issue 15: would ranking many cases per numpy call reach 500 cases/s?
Measured, not adopted; no code changed). Main at e3f4128, load 3 to 5 throughout. In process
after the warm-up (``render_records`` in chunks of 16, all 3,723 cases, ``--evidence top``,
CPU from ``time.process_time``): 6.03 ms a case on the first pass, 4.54 on the second. Where
the time goes (py-spy, 500 samples a second, both passes and start-up): the calibration 25.7 %
(its features 15.5, the closeness loop 4.1, ``gather`` 2.7), evidence 15.6, a finding's
vectors and their look-up 12.5, the log sums and age/sex/prior additions 8.3
(``sequential_sum`` 6.4), result dicts 8.2, the depth selection 5.1, the rest (parsing,
queries, candidate objects) about a fifth. A warm case makes about 790 Python calls, 1,150
calls of built-ins and about 200 numpy function and method calls, plus the array operators,
which cProfile does not count (1,000 cases, second pass); at about 1.4 microseconds a small
numpy call and 0.2 a Python call, the per-call overhead that batching could remove is at most
0.4 to 0.7 ms of the 4.5, and only for the steps that vectorise across cases (per-finding
searches, each case's own 50 calibration groups and evidence stay per case). The steps
that do vectorise, each case's inputs captured from 1,024 real cases and replayed (a /tmp
script), cost more in 2-D than one at a time:

* the exact log sum (step j adds each case's j-th vector: one dense add of every case's
  default over a cases x diseases matrix, the exceptions put back through flat indices: the
  same additions in the same order, bit for bit equal, checked) took 650, 740, 860 to 1,900
  and 2,080 microseconds a case in chunks of 4, 16, 64 and 256 cases, against 270 to 690 for
  ``sequential_sum`` one case at a time, in the same runs: a 64 x 12,854 matrix (6.6 MB)
  leaves the cache at every step, where one case's 100 KB row stays in it, and the dense adds,
  not the calls, are the cost;
* ``np.argpartition`` of the 200 best along the rows of the stacked log posteriors took 150 to
  440 microseconds a case (chunks of 4 to 256) against 160 to 370 for ``_best_first`` one at a
  time, which also orders the ties exactly (the 2-D call did not): ties at the "no finding
  matches" score make an unbounded selection slow, which the sampled bound of ``_largest``
  avoids per row;
* the calibration's closeness maximum over a case's finding terms as one 2-D read (the terms'
  tables stacked, their values concatenated, one ``take`` and a ``max`` over the rows: the
  same floats, checked on 300 cases) took 480 to 510 microseconds a case against 210 to 250
  for the per-term loop, on 1,500 cases' captured inputs.

So the chunked pipeline the notes proposed would at best save part of the call overhead of the
calibration and the vector phases (a part of that tenth or so of a warm case) while making the
sums slower; 500 cases/s with two workers needs about 3.4 ms a case a worker (7.4 s for all
cases, start-up included, with the two workers slowing each other by about 15 %), a quarter to
a half less than today's 4.5 to 6 ms. Computing the chunk's finding vectors in the parent
before the fork does not shorten the wall time either: the first uses (about 1.5 ms a case
averaged over the file in one process) would run serially on one core, where today each worker
computes them in parallel, duplicating about 40 % of them (fourth round). This script's rows
at that load (``--only local``, load 4.8 to 5.0, unchanged code): all 78 / 70, top 148 / 133,
none 184 / 155 cases per CPU-s with 1 / 2 workers (63 cases/s wall with ``--evidence top`` and
two workers: the other jobs took most of both CPUs); peak RSS 267 / 234, 256 / 213, 231 / 196
MB. Ordering the cases so that each worker meets related findings would save at most that
duplicated 40 % of the first uses (about 4 % of the CPU), and contiguous blocks of 1,024
records did not remove it (fourth round). Nor is the start-up's table building the lever: one
record costs 1.3 to 1.4 CPU-s at this load, of which the onset table takes 0.04 and the
Orphanet figures 0.09 (``time.process_time``); the rest is imports and the engine, as measured
before. The target remains unmet; what is left is cutting per-case work itself (the
calibration's features and the evidence items), not batching it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from shared_data import SHARED_DATA

BENCH = Path(__file__).resolve().parent
DEV_CASES = SHARED_DATA / "phenopackets-dev.jsonl.gz"
QUESTIONS = BENCH / "data" / "questions_dev.yaml"
TARGET_CASES_PER_S = 500.0
TARGET_RSS_MB = 300.0
NOTE_CHARS = 1800  # below the question reader's 2,000-character limit


@dataclass(frozen=True, slots=True)
class Measure:
    name: str
    cases: int
    wall_s: float
    cpu_s: float
    rss_mb: float  # largest single process
    pss_mb: float  # whole tree, shared pages counted once
    digest: str
    failures: int

    @property
    def per_s(self) -> float:
        return self.cases / self.wall_s

    @property
    def per_cpu_s(self) -> float:
        return self.cases / self.cpu_s if self.cpu_s else 0.0


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found = [root]
    for pid in parents:
        node = pid
        while node and node != root:
            node = parents.get(node, 0)
        if node == root and pid != root:
            found.append(pid)
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(name: str, command: Sequence[str], cases: int) -> Measure:
    """Run one command to the end; output to a temp file, digested."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), stdout=out, stderr=err, env=env)
        peak_pss = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak_pss
            while not stop.is_set():
                peak_pss = max(peak_pss, sum(_pss_kb(p) for p in _tree(process.pid)))
                stop.wait(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        stop.set()
        sampler.join()
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        digest = hashlib.sha256()
        for chunk in iter(lambda: out.read(1 << 20), b""):
            digest.update(chunk)
        out.seek(0)
        failures = sum(1 for line in out if b'"error":{' in line)
        err.seek(0)
        if code not in (0, 1):
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            raise RuntimeError(f"{name}: exit {code}: {tail}")
    return Measure(name, cases, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                   peak_pss / 1024, digest.hexdigest()[:12], failures)


def write_cases(limit: int | None, folder: Path) -> tuple[Path, Path, Path, int]:
    """The dev phenopackets as JSONL, the notes written from them, and the dev questions."""
    with gzip.open(DEV_CASES, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if limit:
        records = records[:limit]
    cases = folder / "dev.jsonl"
    cases.write_bytes(b"".join(json.dumps(r["phenopacket"]).encode() + b"\n" for r in records))
    notes = folder / "notes.jsonl"
    with notes.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({"id": r["id"], "text": _note(r["phenopacket"])}) + "\n")
    questions = [q["question"] for q in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))]
    asked = folder / "questions.jsonl"
    with asked.open("w", encoding="utf-8") as handle:
        for n in range(len(records)):
            handle.write(json.dumps({"id": f"q{n}", "text": questions[n % len(questions)]})
                         + "\n")
    return cases, notes, asked, len(records)


def _note(packet: dict[str, Any]) -> str:
    """A clinical-style note from a phenopacket's own feature labels."""
    subject = packet.get("subject", {})
    who = {"MALE": "boy", "FEMALE": "girl"}.get(subject.get("sex", ""), "child")
    age = subject.get("timeAtLastEncounter", {}).get("age", {}).get("iso8601duration", "")
    years = age[1:].split("Y")[0] if age.startswith("P") and "Y" in age else ""
    seen = [f["type"]["label"].lower() for f in packet["phenotypicFeatures"]
            if not f.get("excluded") and f["type"].get("label")]
    absent = [f["type"]["label"].lower() for f in packet["phenotypicFeatures"]
              if f.get("excluded") and f["type"].get("label")]
    text = f"{years + '-year-old ' if years else ''}{who} with {', '.join(seen) or 'no findings'}."
    if absent:
        text += f" No {', no '.join(absent[:10])}."
    return text[:NOTE_CHARS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=0, help="First N dev cases (0: all).")
    parser.add_argument("--only", choices=["local", "cluster", "notes"], action="append",
                        help="Run only these groups of rows (repeatable).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not DEV_CASES.is_file():
        sys.stderr.write(f"skipped: {DEV_CASES} is not present\n")
        return 0
    groups = set(args.only or ["local", "cluster", "notes"])
    script = Path(sys.executable).parent / "whatcauses"
    wc = [str(script)]
    rows: list[Measure] = []
    first_digest: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="whatcauses-batch-bench-") as tmp:
        cases, notes, asked, n = write_cases(args.cases or None, Path(tmp))
        subprocess.run([*wc, "batch", str(cases), "--top", "1"], capture_output=True,
                       check=False, input=b"")  # warm the cache and bytecode
        plan: list[tuple[str, str, list[str], int]] = []
        if "local" in groups:
            for evidence in ("all", "top", "none"):
                for workers in (1, 2):
                    plan.append((evidence, f"--evidence {evidence} --workers {workers}",
                                 ["batch", str(cases), "--top", "10", "--evidence", evidence,
                                  "--workers", str(workers)], n))
        if "cluster" in groups:
            for workers in (1, 2):
                plan.append(("top", f"--evidence top --scheduler local:{workers}",
                             ["batch", str(cases), "--top", "10", "--evidence", "top",
                              "--scheduler", f"local:{workers}"], n))
        if "notes" in groups:
            for label, path in (("notes", notes), ("questions", asked)):
                for workers in (1, 2):
                    plan.append((label, f"--input text ({label}) --evidence top --workers "
                                 f"{workers}", ["batch", str(path), "--input", "text",
                                                "--top", "10", "--evidence", "top",
                                                "--workers", str(workers)], n))
        for key, name, command, count in plan:
            sys.stderr.write(f"... {name}\n")
            row = measure(name, [*wc, *command], count)
            rows.append(row)
            same = first_digest.setdefault(key, row.digest) == row.digest
            if not same:
                sys.stderr.write(f"    output differs from the first {key} run!\n")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    if args.json:
        sys.stdout.write(json.dumps([{**asdict(r), "per_s": r.per_s, "per_cpu_s": r.per_cpu_s}
                                     for r in rows], indent=1) + "\n")
        return 0
    lines = [f"whatcauses batch on {n} dev cases, --top 10 ({os.cpu_count()} CPUs; load {load};"
             f" targets >= {TARGET_CASES_PER_S:.0f} cases/s, <= {TARGET_RSS_MB:.0f} MB)",
             "| run | cases/s | wall s | CPU s | cases/CPU-s | peak RSS MB (largest process) "
             "| tree PSS MB | failed | output |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {r.name} | {r.per_s:.0f} | {r.wall_s:.1f} | {r.cpu_s:.1f} | "
                     f"{r.per_cpu_s:.0f} | {r.rss_mb:.0f} | {r.pss_mb:.0f} | {r.failures} | "
                     f"{r.digest} |")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
