package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/transfer"
	"github.com/spf13/cobra"
)

func exportCmd(cfg *app.Config) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export every charm as a CSV or JSON file that import reads back unchanged",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(withContext(cmd), cmd, *cfg, format, output)
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "", "csv or json (default: from the --output extension, else csv)")
	f.StringVarP(&output, "output", "o", "-", "file to write, or - for standard output")
	return cmd
}

// rowWriter is a CSV or JSON file being written row by row.
type rowWriter interface {
	Write(catalog.ImportCharm) error
	Close() error
}

func runExport(ctx context.Context, cmd *cobra.Command, cfg app.Config, format, output string) error {
	start := time.Now()
	toStdout := output == "" || output == "-"
	format, err := fileFormat(format, output, "csv")
	if err != nil {
		return err
	}
	d, err := app.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	out, commit, err := exportTarget(cmd.OutOrStdout(), output, toStdout, shared)
	if err != nil {
		return err
	}
	defer out.Close() // removes an unfinished file; a no-op after commit
	buf := bufio.NewWriterSize(out, 256<<10)
	var w rowWriter = transfer.NewCSVWriter(buf)
	if format == "json" {
		w = transfer.NewJSONWriter(buf)
	}
	n := 0
	err = catalog.NewService(d, nil).ExportCharms(ctx, func(r catalog.ImportCharm) error {
		n++
		return w.Write(r)
	})
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = buf.Flush()
	}
	if err == nil {
		err = commit()
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	where, summary := output, cmd.OutOrStdout()
	if toStdout {
		where, summary = "standard output", cmd.ErrOrStderr() // keep the data stream clean
	}
	fmt.Fprintf(summary, "exported %d charms as %s to %s in %s\n", n, format, where, time.Since(start).Round(time.Millisecond))
	return nil
}

// Who may read an exported file: catalog data is meant to be shared, a
// collection is personal and stays readable by its owner only.
const (
	shared  = true
	private = false
)

// exportTarget opens where the export goes. A file is written under a
// temporary name in the same directory and renamed by commit, so an
// interrupted export never leaves a truncated file under the real name.
// CreateTemp makes the file owner-only; a shared export is widened.
func exportTarget(stdout io.Writer, path string, toStdout, share bool) (io.WriteCloser, func() error, error) {
	if toStdout {
		return nopCloser{stdout}, func() error { return nil }, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	t := &tempFile{File: tmp}
	commit := func() error {
		if share {
			if err := tmp.Chmod(0o644); err != nil {
				return err
			}
		}
		if err := tmp.Sync(); err != nil {
			return err
		}
		if err := tmp.Close(); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			return err
		}
		t.committed = true
		return nil
	}
	return t, commit, nil
}

// tempFile removes itself on Close unless it was committed.
type tempFile struct {
	*os.File
	committed bool
}

func (t *tempFile) Close() error {
	if t.committed {
		return nil
	}
	t.File.Close()
	return os.Remove(t.Name())
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// fileFormat picks csv or json: the flag if given, else the file's
// extension, else fallback (empty: an error).
func fileFormat(flag, path, fallback string) (string, error) {
	if flag != "" {
		if f := strings.ToLower(flag); f == "csv" || f == "json" {
			return f, nil
		}
		return "", fmt.Errorf("unknown format %q; use csv or json", flag)
	}
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".csv", ".json":
		return ext[1:], nil
	}
	if fallback != "" {
		return fallback, nil
	}
	return "", fmt.Errorf("cannot tell the format of %q from its name; use --format csv or --format json", path)
}
