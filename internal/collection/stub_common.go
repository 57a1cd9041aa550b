package collection

import "github.com/charmory/charmory/internal/errs"

// errTODO marks contract stubs not implemented yet.
var errTODO = errs.E("collection", errs.Internal, "not implemented yet")
