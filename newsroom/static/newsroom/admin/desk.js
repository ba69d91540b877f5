'use strict';
// Every page of the desk: every form control has a name (axe):
// * the cells of a tabular inline are labelled by their column's header (aria-labelledby);
// * a select2 search field is "Type to search"; a closed select2 box takes the name of the select it stands for.
{
    let serial = 0;

    function hasName(control) {
        if (control.getAttribute('aria-label') || control.getAttribute('aria-labelledby')) { return true; }
        return Boolean(control.id && document.querySelector('label[for="' + control.id + '"]'));
    }

    function labelInlineCells(root) {
        root.querySelectorAll('.inline-group .tabular table').forEach(function(table) {
            const headers = Array.from(table.querySelectorAll('thead th'));
            headers.forEach(function(th) {
                if (!th.id) { serial += 1; th.id = 'desk-column-' + serial; }
            });
            table.querySelectorAll('tbody tr').forEach(function(row) {
                Array.from(row.children).forEach(function(cell, index) {
                    const header = headers[index];
                    if (!header || !header.textContent.trim()) { return; }
                    cell.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(function(control) {
                        if (!hasName(control)) { control.setAttribute('aria-labelledby', header.id); }
                    });
                });
            });
        });
    }

    function nameOf(select) {
        if (select.getAttribute('aria-label')) { return select.getAttribute('aria-label'); }
        const by = select.getAttribute('aria-labelledby');
        if (by && document.getElementById(by)) { return document.getElementById(by).textContent.trim(); }
        const label = select.id && document.querySelector('label[for="' + select.id + '"]');
        return label ? label.textContent.replace(/[:\s]+$/, '').trim() : '';
    }

    function labelSelect2(root) {
        root.querySelectorAll('input.select2-search__field:not([aria-label])').forEach(function(input) {
            input.setAttribute('aria-label', 'Type to search');
        });
        root.querySelectorAll('select.select2-hidden-accessible').forEach(function(select) {
            const container = select.nextElementSibling;
            const name = nameOf(select);
            if (!container || !name) { return; }
            container.querySelectorAll('.select2-selection, .select2-selection__rendered[role=textbox]').forEach(function(box) {
                if (!box.getAttribute('aria-label')) { box.setAttribute('aria-label', name); }
            });
        });
    }

    function label(root) {
        labelInlineCells(root);
        labelSelect2(root);
    }

    document.addEventListener('DOMContentLoaded', function() {
        label(document);
        new MutationObserver(function() { label(document); }).observe(document.body, {childList: true, subtree: true});
    });
}
