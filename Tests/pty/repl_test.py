#!/usr/bin/env python3
"""Drives the built `dossier` REPL through a pseudo-terminal, as a person at a keyboard
would: prompt, query, history recall, Tab completion, Ctrl-C, Ctrl-D, UTF-8 input, and the
history file afterwards. Prints one line per test and a closing 'N passed, N failed'."""
import os
import shutil
import time
import sys
import tempfile

import pexpect

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.join(ROOT, ".build", "debug", "dossier")
PROMPT = "dossier> "
results = []


def session(state, arguments=(), wait=True, cwd=None, **extra):
    env = dict(os.environ, XDG_STATE_HOME=state, XDG_CACHE_HOME=os.path.join(state, "cache"), TERM="xterm", NO_COLOR="1",
               LANG="C.UTF-8", PAGER="")
    env.update(extra)
    child = pexpect.spawn(BINARY, list(arguments), env=env, encoding="utf-8", timeout=10, dimensions=(40, 120), cwd=cwd)
    if wait:
        child.expect_exact(PROMPT)
    return child


def test(name):
    def register(function):
        state = tempfile.mkdtemp(prefix="dossier-pty-")
        try:
            function(state)
            results.append((name, None))
        except Exception as error:  # a failed expectation or a timeout
            results.append((name, repr(error)[:300]))
        finally:
            shutil.rmtree(state, ignore_errors=True)
        return function
    return register


@test("a query prints its table, Up recalls it, Ctrl-D exits 0 and the history is saved")
def _(state):
    child = session(state)
    child.sendline("articles count")
    child.expect(r"count\s+-----\s+5\s+\(1 row\)")
    child.expect_exact(PROMPT)
    child.send("\x1b[A")  # Up
    child.expect_exact("articles count")
    child.send("\r")
    child.expect(r"\(1 row\)")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus
    history = open(os.path.join(state, "dossier", "history"), encoding="utf-8").read()
    assert "articles\\040count" in history or "articles count" in history, history


@test("Tab completes a source, a field and an entity name")
def _(state):
    # libedit redraws the line with cursor moves, so the completed words are checked by
    # what the statement does: without completion "ev where ac = \"Tok" is an error.
    child = session(state)
    child.send("ev\t")
    child.send("where ac\t")
    child.send(' = "Tok\t')
    child.send("count\r")
    index = child.expect([r"count\s+-----\s+\d+\s+\(1 row\)", "error:"])
    assert index == 0, child.before
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


@test("several completions are listed, then the line is shown again")
def _(state):
    child = session(state)
    child.send("events where a\t")
    child.expect(r"actor\s+actors\s+articles")
    child.expect_exact(PROMPT)
    child.send("ctor = \"Putin\" count\r")
    child.expect(r"count\s+-----\s+\d+\s+\(1 row\)")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


@test("Ctrl-C at the prompt drops the line and the session goes on")
def _(state):
    child = session(state)
    child.send("events wher")
    # As a person does: Ctrl-C once the typed text is on the screen, the editor waiting.
    child.expect_exact("events wher")
    child.sendcontrol("c")
    child.expect_exact("^C")
    child.expect_exact(PROMPT)
    child.sendline("articles count")
    child.expect(r"\(1 row\)")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus


@test("an unfinished statement continues on the next line")
def _(state):
    child = session(state)
    child.sendline("articles where")
    child.expect_exact("...> ")
    child.sendline('language = "de" show id')
    child.expect_exact("stern-servant-overturns-master")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


@test("errors show a caret and the session survives; UTF-8 input round-trips")
def _(state):
    child = session(state)
    child.sendline('events where actor = "Алматы’s"')
    child.expect_exact("no entity is named 'Алматы’s'")
    child.expect_exact("^")
    child.expect_exact(PROMPT)
    child.sendline("events wher")
    child.expect_exact("did you mean 'where'?")
    child.expect_exact(PROMPT)
    child.sendline(".quit")
    child.expect(pexpect.EOF)


@test("a result taller than the terminal goes through $PAGER; a short one does not")
def _(state):
    child = session(state, PAGER="sed s/^/paged:/")
    child.sendline("sentences show article, index")
    child.expect_exact("paged:article")
    child.expect_exact(PROMPT)
    child.sendline("articles count")
    index = child.expect([r"\r\ncount", "paged:count"])
    assert index == 0
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


@test("two Ctrl-C within a second leave the REPL")
def _(state):
    child = session(state)
    child.sendcontrol("c")
    child.expect_exact("^C")
    child.expect_exact(PROMPT)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus


@test("Ctrl-C stops a long statement; the session and its named results survive")
def _(state):
    # A corpus of 600 invented articles.
    corpus = os.path.join(state, "big")
    os.makedirs(corpus)
    sentence = "The committee met again in Varnholm and discussed the levee, the river and the rain. "
    for n in range(600):
        with open(os.path.join(corpus, "a%04d.md" % n), "w", encoding="utf-8") as f:
            f.write("---\ntitle: Article %d\npublished: 2023-04-14\n---\n\n" % n)
            f.write("\n\n".join(sentence * 5 for _ in range(8)) + "\n")
    env = dict(os.environ, XDG_STATE_HOME=state, XDG_CACHE_HOME=os.path.join(state, "cache"), TERM="xterm", NO_COLOR="1",
               LANG="C.UTF-8", PAGER="")
    child = pexpect.spawn(BINARY, ["--corpus", corpus], env=env, encoding="utf-8", timeout=60, dimensions=(40, 120))
    child.expect_exact(PROMPT)
    child.sendline("let few = articles limit 3")
    child.expect_exact(PROMPT)
    # Regular expressions run in linear time now; what takes long is a condition of 3,000
    # parts tried on every sentence, read from a script.
    slow = os.path.join(state, "slow.dq")
    with open(slow, "w", encoding="utf-8") as f:
        f.write("sentences where " + " or ".join('text contains "zz%d"' % n for n in range(3000)) + " count\n")
    child.sendline(".read " + slow)
    time.sleep(0.5)
    child.sendcontrol("c")
    child.expect_exact("interrupted", timeout=20)
    child.expect_exact(PROMPT)
    child.sendline("few count")
    child.expect(r"count\s+-----\s+3\s+\(1 row\)")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


@test("the tutorial judges answers by their result, gives hints and resumes where it was left")
def _(state):
    child = session(state, ["--tutorial"], wait=False)
    child.expect_exact("[1/25] A first look")
    child.expect_exact(PROMPT)
    child.sendline("articles")
    child.expect_exact("Not quite: this lists 5 rows")
    child.expect_exact(PROMPT)
    child.sendline(".tutorial hint")
    child.expect_exact("Hint: Write the source, then the clause count")
    child.sendline("ARTICLES COUNT")
    child.expect_exact("Right! One way to write it: articles count")
    child.expect_exact("[2/25] Keeping some rows")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    # A new session: the bare word "tutorial" resumes at question 2; "help where" helps.
    child = session(state)
    child.sendline("tutorial")
    child.expect_exact("Welcome back: resuming at question 2 of 25.")
    child.expect_exact(PROMPT)
    child.sendline("help where")
    child.expect_exact("where: keep the rows where a condition holds")
    child.expect_exact(PROMPT)
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus


def generated_corpus(state, articles=800):
    """A corpus big enough that loading it takes a few seconds in a debug build."""
    path = os.path.join(state, "corpus")
    import subprocess
    subprocess.run([os.path.join(ROOT, "scripts", "gen-corpus"), str(articles), path, "--seed", "3"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


@test("a long load shows its progress on the terminal, and Ctrl-C stops it: exit 130, nothing run, no snapshot kept")
def _(state):
    corpus = generated_corpus(state)
    child = session(state, ["--corpus", corpus, "-e", "articles count"], wait=False)
    child.expect(r"(reading|segmenting|extracting) [0-9,]+ of 800 articles \([0-9]+%\), [0-9.]+ MB at [0-9.]+ MB/s")
    child.sendintr()
    child.expect_exact("dossier: load interrupted; nothing was run")
    child.expect(pexpect.EOF)
    assert "count" not in child.before, child.before
    child.close()
    assert child.exitstatus == 130, child.exitstatus
    cache = os.path.join(state, "cache", "dossier")
    assert not os.path.isdir(cache) or os.listdir(cache) == [], os.listdir(cache)


@test(".corpus stopped by Ctrl-C keeps the corpus that was loaded; --timer reports the load")
def _(state):
    corpus = generated_corpus(state)
    child = session(state, ["--timer"], wait=False)
    child.expect(r"load: 5 articles, [0-9.]+ MB of text in [0-9.]+ m?s \([0-9.]+ MB/s\), peak memory [0-9]+ MB; extracted \(read and extract [0-9.]+ ms\)")
    child.expect_exact(PROMPT)
    child.sendline(".corpus " + corpus)
    child.expect(r"(reading|segmenting|extracting) [0-9,]+ of 800 articles")
    child.sendintr()
    child.expect_exact("load interrupted; kazakhstan-2022 is still loaded")
    child.expect_exact(PROMPT)
    child.sendline("articles count")
    child.expect(r"count\s+-----\s+5\s+\(1 row\)")
    child.expect(r"time: [0-9.]+ ms \(query [0-9.]+ ms")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus



@test("SIGTERM ends the session cleanly: exit 143, history saved, results sent to a file kept")
def _(state):
    child = session(state)
    out = os.path.join(state, "kept.txt")
    child.sendline(".output " + out)
    child.expect_exact(PROMPT)
    child.sendline("articles count")
    child.expect_exact(PROMPT)
    child.kill(15)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 143, (child.exitstatus, child.signalstatus)
    assert open(out, encoding="utf-8").read() == "count\n-----\n5\n(1 row)\n"
    history = open(os.path.join(state, "dossier", "history"), encoding="utf-8").read()
    assert "articles\\040count" in history or "articles count" in history, history


@test("a history file that is a FIFO or not a history gives one warning, and the session goes on")
def _(state):
    os.makedirs(os.path.join(state, "dossier"))
    os.mkfifo(os.path.join(state, "dossier", "history"))
    child = session(state, wait=False)
    child.expect_exact("is not a regular file")
    child.expect_exact(PROMPT)
    child.sendline("articles count")
    child.expect(r"\(1 row\)")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    os.remove(os.path.join(state, "dossier", "history"))
    with open(os.path.join(state, "dossier", "history"), "wb") as f:
        f.write(b"\x00\x01 not a history \xff\n")
    child = session(state, wait=False)
    child.expect_exact("is not one Dossier wrote")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


@test("a relative XDG_STATE_HOME is ignored, as the XDG spec says")
def _(state):
    child = session(state, cwd=state, XDG_STATE_HOME="relative-state", HOME=state)
    child.sendline("articles count")
    child.expect(r"\(1 row\)")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    assert not os.path.exists(os.path.join(state, "relative-state")), "a relative path was used"
    assert not os.path.exists("/relative-state"), "a folder was made at the root"
    assert os.path.exists(os.path.join(state, ".local", "state", "dossier", "history"))

if not os.access(BINARY, os.X_OK):
    print("the dossier binary is missing: run swift build first")
    sys.exit(1)
failed = 0
for name, error in results:
    print(("ok      " if error is None else "FAILED  ") + name + ("" if error is None else "\n        " + error))
    failed += error is not None
print("pty: %d passed, %d failed" % (len(results) - failed, failed))
sys.exit(1 if failed else 0)
