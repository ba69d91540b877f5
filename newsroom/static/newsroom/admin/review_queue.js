'use strict';
// The review queue: "select all on this page", and the keyboard: j/k move between rows,
// x ticks the current row, a accepts it, o opens its record. Keys do nothing while typing.
{
    document.addEventListener('DOMContentLoaded', function() {
        const rows = Array.from(document.querySelectorAll('tr.review-row'));
        const boxes = () => Array.from(document.querySelectorAll('input[name="selected"]'));
        const all = document.getElementById('review-select-all');
        if (all) {
            all.addEventListener('change', function() {
                boxes().forEach(function(box) { box.checked = all.checked; });
            });
        }
        let current = -1;
        function focusRow(index) {
            if (!rows.length) { return; }
            current = Math.max(0, Math.min(rows.length - 1, index));
            rows.forEach(function(row, i) { row.classList.toggle('review-current', i === current); });
            rows[current].focus();
            rows[current].scrollIntoView({block: 'nearest'});
        }
        document.addEventListener('keydown', function(event) {
            const target = event.target;
            if (event.ctrlKey || event.metaKey || event.altKey) { return; }
            if (target.closest && target.closest('input:not([type=checkbox]), select, textarea, .select2-container')) { return; }
            const row = rows[current];
            if (event.key === 'j') { focusRow(current + 1); event.preventDefault(); }
            else if (event.key === 'k') { focusRow(current - 1); event.preventDefault(); }
            else if (event.key === 'x' && row) {
                const box = row.querySelector('input[name="selected"]');
                if (box) { box.checked = !box.checked; }
                event.preventDefault();
            } else if (event.key === 'a' && row) {
                const accept = row.querySelector('button.review-accept');
                if (accept) { accept.click(); }
                event.preventDefault();
            } else if (event.key === 'o' && row) {
                const open = row.querySelector('a.review-open');
                if (open) { window.location.href = open.href; }
                event.preventDefault();
            }
        });
    });
}
