#ifndef DOSSIER_EDITLINE_SHIM_H
#define DOSSIER_EDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

/// Non-variadic wrappers around libedit's el_set, el_get and history, which Swift cannot call.

typedef const char *(*dossier_prompt_fn)(EditLine *);
typedef unsigned char (*dossier_command_fn)(EditLine *, int);

EditLine *dossier_el_init(const char *program, FILE *in, FILE *out, FILE *err);
void dossier_el_end(EditLine *el);
int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn prompt);
int dossier_el_set_editor(EditLine *el, const char *mode);
int dossier_el_set_signal(EditLine *el, int on);
int dossier_el_set_client_data(EditLine *el, void *data);
void *dossier_el_get_client_data(EditLine *el);
int dossier_el_add_function(EditLine *el, const char *name, const char *help, dossier_command_fn fn);
int dossier_el_bind(EditLine *el, const char *key, const char *function);
int dossier_el_source(EditLine *el, const char *file);
int dossier_el_set_history(EditLine *el, History *history);
int dossier_el_get_terminal_width(EditLine *el);

History *dossier_history_init(int size);
void dossier_history_end(History *h);
int dossier_history_enter(History *h, const char *line);
int dossier_history_load(History *h, const char *file);
int dossier_history_save(History *h, const char *file);
int dossier_history_unique(History *h, int on);



/// SIGINT without SA_RESTART, so that a blocked read returns EINTR and the REPL sees Ctrl-C;
/// the handler only sets a flag that the REPL and running statements poll.
int dossier_install_interrupt_handler(void);
int dossier_interrupted(void);
void dossier_clear_interrupt(void);
/// SIGTERM and SIGHUP set the same flag, so that a running statement stops, results already
/// sent to a file are kept and history is saved; the signal is then the exit status.
int dossier_install_stop_handlers(void);
/// The SIGTERM or SIGHUP that came, or 0.
int dossier_stop_signal(void);
/// The standard streams, as functions: Swift 6 refuses the C globals as shared mutable state.
FILE *dossier_stdin(void);
FILE *dossier_stdout(void);
FILE *dossier_stderr(void);

/// Writing to a closed pipe ends the process quietly, as `cat` does.
void dossier_default_sigpipe(void);
#endif
