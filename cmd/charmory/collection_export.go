package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/collection"
	"github.com/spf13/cobra"
)

func collectionExportCmd(cfg *app.Config) *cobra.Command {
	var user, format, output string
	cmd := &cobra.Command{
		Use:   "export --user NAME",
		Short: "Export a collection: items as CSV, or items, wishlist and budget as JSON",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCollectionExport(withContext(cmd), cmd, *cfg, user, format, output)
		},
	}
	f := cmd.Flags()
	f.StringVar(&user, "user", "", "username whose collection is exported (required)")
	f.StringVar(&format, "format", "", "csv or json (default: from the --output extension, else csv)")
	f.StringVarP(&output, "output", "o", "-", "file to write, or - for standard output")
	cmd.MarkFlagRequired("user")
	return cmd
}

func runCollectionExport(ctx context.Context, cmd *cobra.Command, cfg app.Config, user, format, output string) error {
	start := time.Now()
	toStdout := output == "" || output == "-"
	format, err := fileFormat(format, output, "csv")
	if err != nil {
		return err
	}
	return withCollection(ctx, cfg, user, func(svc *collection.Service, owner int64) error {
		out, commit, err := exportTarget(cmd.OutOrStdout(), output, toStdout, private)
		if err != nil {
			return err
		}
		defer out.Close() // removes an unfinished file; a no-op after commit
		buf := bufio.NewWriterSize(out, 256<<10)
		err = svc.Export(ctx, owner, format, buf)
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
		fmt.Fprintf(summary, "exported the collection of %s as %s to %s in %s\n", strings.ToLower(user), format, where, time.Since(start).Round(time.Millisecond))
		return nil
	})
}
