#include "EditLineShim.h"

EditLine *dossier_el_init(const char *program, FILE *in, FILE *out, FILE *err) {
    return el_init(program, in, out, err);
}

void dossier_el_end(EditLine *el) { el_end(el); }

int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn prompt) { return el_set(el, EL_PROMPT, (char *(*)(EditLine *))prompt); }

int dossier_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }

int dossier_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

int dossier_el_set_client_data(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

void *dossier_el_get_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

int dossier_el_add_function(EditLine *el, const char *name, const char *help, dossier_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int dossier_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

int dossier_el_source(EditLine *el, const char *file) { return el_source(el, file); }

int dossier_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

int dossier_el_get_terminal_width(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns) != 0) return 0;
    return columns;
}

History *dossier_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    return h;
}

void dossier_history_end(History *h) { history_end(h); }

int dossier_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

int dossier_history_load(History *h, const char *file) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, file);
}

int dossier_history_save(History *h, const char *file) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, file);
}

int dossier_history_unique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t dossier_interrupt_flag = 0;
static volatile sig_atomic_t dossier_stop_signal_number = 0;

static void dossier_on_interrupt(int sig) {
    (void)sig;
    dossier_interrupt_flag = 1;
}

static void dossier_on_stop(int sig) {
    dossier_interrupt_flag = 1;
    dossier_stop_signal_number = sig;
}

/* A handler without SA_RESTART, so that a blocked read returns EINTR. */
static int dossier_handle(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(sig, &action, NULL);
}

int dossier_install_stop_handlers(void) {
    int failed = dossier_handle(SIGTERM, dossier_on_stop);
    failed |= dossier_handle(SIGHUP, dossier_on_stop);
    /* A parent may start us with these blocked (some process launchers do): unblock them,
       or the handlers would never run. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    failed |= sigprocmask(SIG_UNBLOCK, &set, NULL);
    return failed;
}

int dossier_stop_signal(void) { return dossier_stop_signal_number; }

int dossier_install_interrupt_handler(void) { return dossier_handle(SIGINT, dossier_on_interrupt); }

int dossier_interrupted(void) { return dossier_interrupt_flag != 0; }

void dossier_clear_interrupt(void) { dossier_interrupt_flag = 0; }

void dossier_default_sigpipe(void) { signal(SIGPIPE, SIG_DFL); }


FILE *dossier_stdin(void) { return stdin; }
FILE *dossier_stdout(void) { return stdout; }
FILE *dossier_stderr(void) { return stderr; }
