package photo

import (
	"encoding/binary"
	"image"
)

// exifOrientation reads the EXIF orientation tag (1–8) of a JPEG: phones
// store photos as the sensor saw them and record how to turn them upright
// in this tag. It returns 1 (as stored) when there is none or the data is
// damaged; only the segments before the image data are read.
func exifOrientation(data []byte) int {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return 1
	}
	pos := 2
	for pos+4 <= len(data) {
		if data[pos] != 0xFF {
			return 1
		}
		marker := data[pos+1]
		switch {
		case marker == 0xFF: // fill byte
			pos++
			continue
		case marker == 0xDA || marker == 0xD9: // start of scan, end of image
			return 1
		case marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7): // no length
			pos += 2
			continue
		}
		end := pos + 2 + int(binary.BigEndian.Uint16(data[pos+2:]))
		if end > len(data) || end < pos+4 {
			return 1
		}
		seg := data[pos+4 : end]
		if marker == 0xE1 && len(seg) > 6 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		pos = end
	}
	return 1
}

// tiffOrientation finds tag 0x0112 in the first IFD of a TIFF header.
func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	ifd := int(bo.Uint32(t[4:]))
	if ifd < 8 || ifd+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[ifd:]))
	for i := range n {
		e := ifd + 2 + 12*i
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) != 0x0112 || bo.Uint16(t[e+2:]) != 3 { // tag, type SHORT
			continue
		}
		if o := int(bo.Uint16(t[e+8:])); o >= 1 && o <= 8 {
			return o
		}
		return 1
	}
	return 1
}

// orient turns m upright for EXIF orientation o: 2–4 mirror or turn it
// half way, 5–8 turn it a quarter and swap its width and height.
func orient(m *image.RGBA, o int) *image.RGBA {
	if o < 2 || o > 8 {
		return m
	}
	w, h := m.Rect.Dx(), m.Rect.Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := range h {
		row := m.Pix[y*m.Stride:]
		for x := range w {
			dx, dy := orientPoint(o, x, y, w, h)
			d := dy*out.Stride + dx*4
			copy(out.Pix[d:d+4], row[x*4:x*4+4])
		}
	}
	return out
}

// orientPoint is where source pixel (x, y) of a w×h image lands.
func orientPoint(o, x, y, w, h int) (int, int) {
	switch o {
	case 2: // mirrored
		return w - 1 - x, y
	case 3: // upside down
		return w - 1 - x, h - 1 - y
	case 4: // mirrored upside down
		return x, h - 1 - y
	case 5: // mirrored, turned a quarter anticlockwise
		return y, x
	case 6: // turned a quarter anticlockwise: turn it clockwise
		return h - 1 - y, x
	case 7: // mirrored, turned a quarter clockwise
		return h - 1 - y, w - 1 - x
	default: // 8: turned a quarter clockwise: turn it anticlockwise
		return y, w - 1 - x
	}
}
