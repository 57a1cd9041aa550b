// Command charmory runs the Charmory platform: the web UI and JSON API
// (serve) and the operator commands around it.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRoot().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "charmory:", err)
		os.Exit(1)
	}
}

// newRoot builds the command tree; every subcommand reads the shared
// Config through configFrom.
func newRoot() *cobra.Command {
	cfg := app.DefaultConfig()
	root := &cobra.Command{
		Use:           "charmory",
		Short:         "Charmory: the open platform for the charm economy",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return applyEnv(cmd, &cfg)
		},
	}
	f := root.PersistentFlags()
	f.StringVar(&cfg.DataDir, "data", cfg.DataDir, "data directory holding the SQLite database (env CHARMORY_DATA)")
	f.StringVar(&cfg.DatabaseURL, "database", cfg.DatabaseURL, "PostgreSQL URL postgres://…; empty: SQLite in the data directory (env CHARMORY_DATABASE_URL)")
	f.StringVar(&cfg.LogLevel, "log-level", cfg.LogLevel, "debug, info, warn or error (env CHARMORY_LOG_LEVEL)")
	f.StringVar(&cfg.LogFormat, "log-format", cfg.LogFormat, "json or text (env CHARMORY_LOG_FORMAT)")

	for _, sub := range []func(*app.Config) *cobra.Command{
		serveCmd, migrateCmd, demoCmd, importCmd, exportCmd, backupCmd, userCmd, collectionCmd,
	} {
		root.AddCommand(sub(&cfg))
	}
	return root
}

// applyEnv lets CHARMORY_* variables set what no flag set explicitly.
func applyEnv(cmd *cobra.Command, cfg *app.Config) error {
	env := *cfg
	if err := env.FromEnv(); err != nil {
		return err
	}
	flags := cmd.Flags()
	keep := func(name string, dst *string, v string) {
		if !flags.Changed(name) {
			*dst = v
		}
	}
	keep("data", &cfg.DataDir, env.DataDir)
	keep("database", &cfg.DatabaseURL, env.DatabaseURL)
	keep("log-level", &cfg.LogLevel, env.LogLevel)
	keep("log-format", &cfg.LogFormat, env.LogFormat)
	if flags.Lookup("addr") != nil {
		keep("addr", &cfg.Addr, env.Addr)
	}
	if flags.Lookup("no-demo") == nil || !flags.Changed("no-demo") {
		cfg.NoDemo = cfg.NoDemo || env.NoDemo
	}
	cfg.SecretKey, cfg.SecureCookie, cfg.MaxBodyBytes = env.SecretKey, env.SecureCookie, env.MaxBodyBytes
	return nil
}

// withContext returns the command's context (cancelled on SIGINT/SIGTERM).
func withContext(cmd *cobra.Command) context.Context {
	if ctx := cmd.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}
