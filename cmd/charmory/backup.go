package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/db"
	"github.com/spf13/cobra"
)

func backupCmd(cfg *app.Config) *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "backup",
		Short: "Copy the SQLite database to a new file, safely while the server runs",
		Long: `Backup writes a consistent copy of the SQLite database with VACUUM INTO,
which reads one snapshot while the server keeps serving and writing, then
checks that the copy opens and passes PRAGMA integrity_check.
For PostgreSQL it tells you how to run pg_dump instead.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBackup(withContext(cmd), cmd, *cfg, output, time.Now().UTC())
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "file to create; it must not exist (default: <data>/backups/charmory-<UTC time>.db)")
	return cmd
}

func runBackup(ctx context.Context, cmd *cobra.Command, cfg app.Config, output string, now time.Time) error {
	stamp := now.Format("20060102T150405Z")
	target := cfg.DatabaseTarget()
	if db.IsPostgres(target) {
		fmt.Fprintf(cmd.ErrOrStderr(), `charmory backup copies the embedded SQLite database only.
For PostgreSQL, dump the database with pg_dump, for example:

  pg_dump --format=custom --file=charmory-%s.dump '%s'

The password is hidden above: give it in PGPASSWORD or ~/.pgpass.
`, stamp, db.Redact(target))
		return errors.New("backup: use pg_dump for a PostgreSQL database")
	}
	source := strings.TrimPrefix(target, "sqlite:")
	if _, err := os.Stat(source); err != nil {
		return fmt.Errorf("backup: no database to copy: %w", err)
	}
	if output == "" {
		output = filepath.Join(cfg.DataDir, "backups", "charmory-"+stamp+".db")
	}
	if _, err := os.Stat(output); err == nil {
		return fmt.Errorf("backup: %s already exists; choose a new file", output)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(output), 0o755); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	d, err := app.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := vacuumInto(ctx, d, output); err != nil {
		os.Remove(output)
		return fmt.Errorf("backup: copy to %s: %w", output, err)
	}
	charms, err := verifyBackup(ctx, output)
	if err != nil {
		os.Remove(output) // a copy that does not check out must not pass for a backup
		return fmt.Errorf("backup: %s failed its check and was removed: %w", output, err)
	}
	st, err := os.Stat(output)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "backup written to %s (%s, %d charms, integrity ok)\n", output, humanBytes(st.Size()), charms)
	return nil
}

// vacuumInto copies the database to path with VACUUM INTO on a reader
// connection: it reads one snapshot in a read transaction, so the copy is
// consistent and a running server's writer is never blocked. Readers are
// opened query_only, which refuses VACUUM INTO as a write, so this one
// connection lifts it for the copy and is then discarded.
func vacuumInto(ctx context.Context, d *db.DB, path string) error {
	conn, err := d.R.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	defer conn.Raw(func(any) error { return driver.ErrBadConn }) // never back to the pool
	if _, err := conn.ExecContext(ctx, `PRAGMA query_only = 0`); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, `VACUUM INTO $1`, path)
	return err
}

// verifyBackup opens the copy read-only, runs PRAGMA integrity_check and
// counts its charms.
func verifyBackup(ctx context.Context, path string) (int, error) {
	conn, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	rows, err := conn.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return 0, err
	}
	var problems []string
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return 0, err
		}
		if msg != "ok" {
			problems = append(problems, msg)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(problems) > 0 {
		return 0, fmt.Errorf("integrity check: %s", strings.Join(problems, "; "))
	}
	var charms int
	err = conn.QueryRowContext(ctx, `SELECT count(*) FROM charms`).Scan(&charms)
	return charms, err
}

// humanBytes writes a size the way people read it: 12.3 MiB.
func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
